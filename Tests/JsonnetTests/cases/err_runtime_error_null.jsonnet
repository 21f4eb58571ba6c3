{ a: error null }
