{assert false : [error 'q']}
