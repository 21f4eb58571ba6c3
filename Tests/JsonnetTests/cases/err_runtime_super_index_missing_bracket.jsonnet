{ x: 1 } + { y: super['z'] }
