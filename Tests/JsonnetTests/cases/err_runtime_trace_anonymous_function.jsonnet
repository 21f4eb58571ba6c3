(function(x)
  error 'anon ' + x)(7)
