local name = "lib/x.libsonnet";
import name
