3e-x
