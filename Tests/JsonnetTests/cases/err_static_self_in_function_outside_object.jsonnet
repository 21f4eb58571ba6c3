local getter(k) = self[k];
{ a: getter("a") }
