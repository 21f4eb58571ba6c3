function(
