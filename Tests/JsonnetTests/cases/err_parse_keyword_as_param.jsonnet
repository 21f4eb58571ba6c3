function(self) 1
