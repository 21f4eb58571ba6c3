error "something went wrong"
