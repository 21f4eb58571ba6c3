import |||
  lib/a.libsonnet
|||
