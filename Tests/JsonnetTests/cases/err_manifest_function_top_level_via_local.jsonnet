local main(name) = { hello: name };
main
