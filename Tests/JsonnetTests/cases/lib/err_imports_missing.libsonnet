local gone = import 'does_not_exist.libsonnet';
{ x: gone }
