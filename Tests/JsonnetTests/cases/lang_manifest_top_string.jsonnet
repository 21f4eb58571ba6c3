'top-level "string" with \\ and \n newline'
