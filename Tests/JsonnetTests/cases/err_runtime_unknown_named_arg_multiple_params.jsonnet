local connect(host, port=80) = host + ":" + port;
connect(host="x", prot=8080)
