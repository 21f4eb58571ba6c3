{ x: error 'from lib' }.x
