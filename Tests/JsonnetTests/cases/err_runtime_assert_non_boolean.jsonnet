assert "yes";
1
