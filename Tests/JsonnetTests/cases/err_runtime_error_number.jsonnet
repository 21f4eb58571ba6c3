local code = 404;
error code
