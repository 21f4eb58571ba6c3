{ [name]: v for v in [1] }
