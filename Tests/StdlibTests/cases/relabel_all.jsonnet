local r = import 'stackc/relabel.libsonnet';
{
  replace: r.replace(['__meta_kubernetes_pod_node_name'], 'node'),
  replace2: r.replace(['a', 'b'], 'c', regex='(.+);(.+)', replacement='$1-$2', separator=';'),
  keep: r.keep('__meta_x', 'true'),
  drop: r.drop(['job'], 'foo', separator='/'),
  ke: r.keepEqual(['__meta_port'], '__port'),
  de: r.dropEqual(['a'], 'b'),
  lm: r.labelmap('__meta_kubernetes_pod_label_(.+)'),
  ld: r.labeldrop('pod_template_hash'),
  lk: r.labelkeep('job|instance'),
  hm: r.hashmod(['__address__'], 4, '__tmp_hash'),
  lc: r.lowercase(['a'], 'b'),
  uc: r.uppercase(['a'], 'b'),
  dm: r.dropMetrics(['go_gc_duration_seconds', 'go_memstats_.*']),
  km: r.keepMetrics(['up']),
  tp: [r.toPrometheus(x) for x in [r.replace(['a'], 'b', separator=','), r.hashmod(['a'], 2, 'c'), r.labelmap('x')]],
}
