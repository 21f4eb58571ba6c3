local flag = 'true';
{ v: if flag then 1 else 0 }
