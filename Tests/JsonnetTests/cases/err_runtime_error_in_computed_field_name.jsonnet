{ [error "no key"]: 1 }
