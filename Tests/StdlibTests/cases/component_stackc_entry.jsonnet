// The entry point exposes every component and helper.
local stackc = import 'stackc/stackc.libsonnet';
{ fields: std.objectFields(stackc), mixins: std.objectFields(stackc.mixins) }
