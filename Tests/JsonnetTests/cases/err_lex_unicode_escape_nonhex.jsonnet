{ k: "\u00zz" }
