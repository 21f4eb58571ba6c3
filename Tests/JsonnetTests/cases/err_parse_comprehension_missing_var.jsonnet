[x for]
