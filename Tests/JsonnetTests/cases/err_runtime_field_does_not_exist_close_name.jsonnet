local config = { replicas: 3, image: "nginx" };
config.replica
