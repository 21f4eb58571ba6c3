// stackc/mixins/kubernetes.libsonnet — alerts, recording rules and a dashboard for
// Kubernetes workloads, from kube-state-metrics (object state) and the kubelet's cAdvisor
// endpoint (container resource usage).
//
// Usage (a function of a config object; every field is optional):
//   local k8s = (import 'stackc/mixins/kubernetes.libsonnet')({ namespaceSelector: 'namespace=~"team-.*"' });
//   (import 'stackc/mixin.libsonnet').prometheusRule(k8s, 'kubernetes', 'monitoring')
//
// Config fields (defaults in brackets):
//   kubeStateMetricsSelector ['job="kube-state-metrics"'] matchers for kube-state-metrics.
//   cadvisorSelector  ['job="kubelet",metrics_path="/metrics/cadvisor"'] matchers for the
//                     cAdvisor series.
//   namespaceSelector [''] extra matchers restricting every alert and rule to some
//                     namespaces, e.g. 'namespace!~"kube-.*"' ('' for all).
//   runbookBase       ['https://runbooks.stackc.dev/'] runbook URL prefix (null: none).
//   podNotReadyFor    ['15m'] how long a pod must be not ready before KubePodNotReady fires.
//   rolloutStuckFor   ['15m'] how long a rollout must make no progress before the
//                     KubeDeploymentReplicasMismatch / KubeStatefulSetRolloutStuck /
//                     KubeDaemonSetRolloutStuck alerts fire.
//   cpuThrottlingPercent [25] KubeCPUThrottlingHigh threshold (throttled CFS periods, %).
//
// Returns a mixin (see stackc/mixin.libsonnet): groups 'kubernetes-workloads' (alerts) and
// 'kubernetes-namespace.rules' (recording rules namespace:*), dashboard
// 'stackc-kubernetes-namespaces.json'.
// Errors 'stackc/mixins/kubernetes: ...' when config is not an object, has an unknown field,
// a field of the wrong type or a duration that is not a Prometheus duration.
local alerts = import '../alerts.libsonnet';
local rules = import '../rules.libsonnet';

function(config={})
  local file = 'stackc/mixins/kubernetes';
  local defaults = {
    kubeStateMetricsSelector: 'job="kube-state-metrics"',
    cadvisorSelector: 'job="kubelet",metrics_path="/metrics/cadvisor"',
    namespaceSelector: '',
    runbookBase: 'https://runbooks.stackc.dev/',
    podNotReadyFor: '15m',
    rolloutStuckFor: '15m',
    cpuThrottlingPercent: 25,
  };
  local cfg =
    if !std.isObject(config) then error file + ': config must be an object, got ' + std.type(config)
    else
      local unknown = std.setDiff(std.objectFields(config), std.objectFields(defaults));
      local badType = [
        k
        for k in std.objectFields(config)
        if std.objectHas(defaults, k) && std.type(config[k]) != std.type(defaults[k])
           && !(k == 'runbookBase' && config[k] == null)
      ];
      local badDuration = [k for k in ['podNotReadyFor', 'rolloutStuckFor'] if std.objectHas(config, k) && std.isString(config[k]) && !alerts.isDuration(config[k])];
      if std.length(unknown) > 0 then
        error file + ': config fields must be among ' + std.join(', ', std.objectFields(defaults)) + ', got ' + std.manifestJson(unknown[0])
      else if std.length(badType) > 0 then
        error file + ': config field ' + badType[0] + ' must be a ' + std.type(defaults[badType[0]]) + ', got ' + std.type(config[badType[0]])
      else if std.length(badDuration) > 0 then
        error file + ': config field ' + badDuration[0] + " must be a Prometheus duration like '15m', got " + std.manifestJson(config[badDuration[0]])
      else defaults + config;

  local matchers(parts) = '{' + std.join(',', [m for m in parts if m != '']) + '}';
  // kube-state-metrics / cAdvisor series, restricted to the selected namespaces, plus `extra`.
  local ksm(extra='') = matchers([cfg.kubeStateMetricsSelector, cfg.namespaceSelector, extra]);
  local cadvisor(extra='') = matchers([cfg.cadvisorSelector, cfg.namespaceSelector, extra]);
  local alert(name, expr, severity, summary, description, for_='15m') =
    alerts.alert(name, expr, severity, summary, description, for_=for_, runbookBase=cfg.runbookBase);
  // Pods that are scheduled or running (their requests count against the namespace).
  local activePods = 'max by (namespace, pod) (kube_pod_status_phase' + ksm('phase=~"Pending|Running"') + ' == 1)';

  // A small Grafana dashboard builder: panels are laid out two per row.
  local datasource = { type: 'prometheus', uid: '${datasource}' };
  local panel(title, unit, targets) = { title: title, unit: unit, targets: targets };
  local dashboard(uid, title, panels) = {
    uid: uid,
    title: title,
    tags: ['stackc', 'kubernetes'],
    editable: true,
    schemaVersion: 39,
    time: { from: 'now-6h', to: 'now' },
    refresh: '1m',
    timezone: 'browser',
    templating: {
      list: [
        { name: 'datasource', type: 'datasource', query: 'prometheus', label: 'Data source', hide: 0 },
        {
          name: 'namespace',
          type: 'query',
          label: 'Namespace',
          datasource: datasource,
          query: { query: 'label_values(kube_namespace_status_phase' + ksm() + ', namespace)', refId: 'namespace' },
          definition: 'label_values(kube_namespace_status_phase' + ksm() + ', namespace)',
          refresh: 2,
          includeAll: true,
          multi: true,
          sort: 1,
        },
      ],
    },
    panels: [
      local p = panels[i];
      {
        id: i + 1,
        type: 'timeseries',
        title: p.title,
        datasource: datasource,
        gridPos: { x: (i % 2) * 12, y: std.floor(i / 2) * 8, w: 12, h: 8 },
        fieldConfig: { defaults: { unit: p.unit }, overrides: [] },
        options: { legend: { displayMode: 'list', placement: 'bottom', showLegend: true }, tooltip: { mode: 'multi', sort: 'desc' } },
        targets: [
          { datasource: datasource, expr: p.targets[j][0], legendFormat: p.targets[j][1], refId: std.char(65 + j) }
          for j in std.range(0, std.length(p.targets) - 1)
        ],
      }
      for i in std.range(0, std.length(panels) - 1)
    ],
  };

  {
    _config:: cfg,

    prometheusAlerts: {
      groups: [
        rules.group('kubernetes-workloads', [
          alert(
            'KubePodCrashLooping',
            'max_over_time(kube_pod_container_status_waiting_reason' + ksm('reason="CrashLoopBackOff"') + '[5m]) >= 1',
            'warning',
            'Container is crash looping.',
            'Container {{ $labels.container }} of pod {{ $labels.namespace }}/{{ $labels.pod }} keeps crashing and is waiting in CrashLoopBackOff.',
          ),
          alert(
            'KubePodNotReady',
            '(sum by (namespace, pod) (kube_pod_status_phase' + ksm('phase=~"Pending|Unknown|Failed"') + ') > 0)'
            + ' or (sum by (namespace, pod) (kube_pod_status_ready' + ksm('condition="false"') + ') > 0'
            + ' and on (namespace, pod) sum by (namespace, pod) (kube_pod_status_phase' + ksm('phase="Running"') + ') > 0)',
            'warning',
            'Pod has not been ready for ' + cfg.podNotReadyFor + '.',
            'Pod {{ $labels.namespace }}/{{ $labels.pod }} is pending, failed or running but not ready.',
            for_=cfg.podNotReadyFor
          ),
          alert(
            'KubeDeploymentReplicasMismatch',
            'kube_deployment_spec_replicas' + ksm() + ' != kube_deployment_status_replicas_available' + ksm()
            + ' and changes(kube_deployment_status_replicas_updated' + ksm() + '[10m]) == 0',
            'warning',
            'Deployment does not have the desired number of available replicas.',
            'Deployment {{ $labels.namespace }}/{{ $labels.deployment }} has not matched its desired replicas for ' + cfg.rolloutStuckFor + ' and its rollout is not progressing.',
            for_=cfg.rolloutStuckFor
          ),
          alert(
            'KubeStatefulSetRolloutStuck',
            '(kube_statefulset_status_replicas_updated' + ksm() + ' < kube_statefulset_replicas' + ksm()
            + ' or kube_statefulset_status_replicas_ready' + ksm() + ' < kube_statefulset_replicas' + ksm() + ')'
            + ' and on (namespace, statefulset) changes(kube_statefulset_status_replicas_updated' + ksm() + '[10m]) == 0',
            'warning',
            'StatefulSet rollout is stuck.',
            'StatefulSet {{ $labels.namespace }}/{{ $labels.statefulset }} has pods that are not updated or not ready, and no pod was updated in the last 10 minutes.',
            for_=cfg.rolloutStuckFor
          ),
          alert(
            'KubeDaemonSetRolloutStuck',
            '(kube_daemonset_status_updated_number_scheduled' + ksm() + ' < kube_daemonset_status_desired_number_scheduled' + ksm()
            + ' or kube_daemonset_status_number_available' + ksm() + ' < kube_daemonset_status_desired_number_scheduled' + ksm() + ')'
            + ' and on (namespace, daemonset) changes(kube_daemonset_status_updated_number_scheduled' + ksm() + '[10m]) == 0',
            'warning',
            'DaemonSet rollout is stuck.',
            'DaemonSet {{ $labels.namespace }}/{{ $labels.daemonset }} has nodes without an updated or available pod, and no pod was updated in the last 10 minutes.',
            for_=cfg.rolloutStuckFor
          ),
          alert(
            'KubeJobFailed',
            'kube_job_failed' + ksm('condition="true"') + ' == 1',
            'warning',
            'Job failed.',
            'Job {{ $labels.namespace }}/{{ $labels.job_name }} has failed; delete it or fix it to clear this alert.',
          ),
          alert(
            'KubeContainerOOMKilled',
            'increase(kube_pod_container_status_restarts_total' + ksm() + '[15m]) > 0'
            + ' and on (namespace, pod, container) kube_pod_container_status_last_terminated_reason' + ksm('reason="OOMKilled"') + ' == 1',
            'warning',
            'Container was killed for running out of memory.',
            'Container {{ $labels.container }} of pod {{ $labels.namespace }}/{{ $labels.pod }} restarted after being OOMKilled; raise its memory limit or reduce its usage.',
            for_=null
          ),
          alert(
            'KubeCPUThrottlingHigh',
            '100 * sum by (namespace, pod, container) (increase(container_cpu_cfs_throttled_periods_total' + cadvisor('container!=""') + '[5m]))'
            + ' / sum by (namespace, pod, container) (increase(container_cpu_cfs_periods_total' + cadvisor('container!=""') + '[5m]))'
            + ' > ' + std.toString(cfg.cpuThrottlingPercent),
            'info',
            'Container CPU is throttled.',
            'Container {{ $labels.container }} of pod {{ $labels.namespace }}/{{ $labels.pod }} was throttled in {{ printf "%.0f" $value }}% of its CPU periods; its CPU limit may be too low.',
          ),
        ]),
      ],
    },

    prometheusRules: {
      groups: [
        rules.group('kubernetes-namespace.rules', [
          rules.record('namespace', 'container_cpu_usage_seconds', 'sum_rate5m',
                       'sum by (namespace) (rate(container_cpu_usage_seconds_total' + cadvisor('container!="",image!=""') + '[5m]))'),
          rules.record('namespace', 'container_memory_working_set_bytes', 'sum',
                       'sum by (namespace) (container_memory_working_set_bytes' + cadvisor('container!="",image!=""') + ')'),
        ] + [
          rules.record('namespace', 'kube_pod_container_resource_' + kind + '_' + res[0], 'sum',
                       'sum by (namespace) (kube_pod_container_resource_' + kind + ksm('resource="' + res[1] + '"')
                       + ' * on (namespace, pod) group_left () ' + activePods + ')')
          for kind in ['requests', 'limits']
          for res in [['cpu_cores', 'cpu'], ['memory_bytes', 'memory']]
        ] + [
          rules.record('namespace', 'kube_pod_container_status_restarts', 'sum_increase1h',
                       'sum by (namespace) (increase(kube_pod_container_status_restarts_total' + ksm() + '[1h]))'),
        ]),
      ],
    },

    grafanaDashboards: {
      local ns = '{namespace=~"$namespace"}',
      'stackc-kubernetes-namespaces.json': dashboard('stackc-k8s-namespaces', 'Kubernetes / Namespaces', [
        panel('CPU usage vs requests', 'short', [
          ['namespace:container_cpu_usage_seconds:sum_rate5m' + ns, '{{namespace}} usage'],
          ['namespace:kube_pod_container_resource_requests_cpu_cores:sum' + ns, '{{namespace}} requests'],
        ]),
        panel('Memory working set vs requests', 'bytes', [
          ['namespace:container_memory_working_set_bytes:sum' + ns, '{{namespace}} working set'],
          ['namespace:kube_pod_container_resource_requests_memory_bytes:sum' + ns, '{{namespace}} requests'],
        ]),
        panel('Container restarts (1h)', 'short', [
          ['namespace:kube_pod_container_status_restarts:sum_increase1h' + ns, '{{namespace}}'],
        ]),
        panel('Pods not ready', 'short', [
          ['sum by (namespace) (kube_pod_status_ready' + ksm('condition="false",namespace=~"$namespace"') + ')', '{{namespace}}'],
        ]),
      ]),
    },
  }
