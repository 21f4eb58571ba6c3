local path = @"C:\temp\;
path
