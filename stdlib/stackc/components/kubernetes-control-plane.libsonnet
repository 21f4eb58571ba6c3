// stackc/components/kubernetes-control-plane.libsonnet — ServiceMonitors for the parts of
// Kubernetes itself: the kubelet (its own metrics, cAdvisor container metrics and probe
// metrics), the API server and CoreDNS.
//
// Usage: (import 'stackc/components/kubernetes-control-plane.libsonnet')({ namespace: 'monitoring' })
//
// kubernetesControlPlane(config) returns an object of manifests (all in config.namespace):
//   serviceMonitorKubelet    selects the Service kube-system/kubelet maintained by the
//                            Prometheus Operator (--kubelet-service), labels
//                            {app.kubernetes.io/name: kubelet, k8s-app: kubelet}, port
//                            `https-metrics`; endpoints /metrics, /metrics/cadvisor,
//                            /metrics/probes, all with honorLabels: true (the kubelet sets
//                            namespace/pod/container itself), scheme https, the pod's service
//                            account bearer token and TLS without verification of the kubelet's
//                            self-signed certificate; `metrics_path` set as a label; cAdvisor
//                            with honorTimestamps false and metricRelabelings dropping
//                            high-cardinality series (config.cadvisorDropMetrics)
//   serviceMonitorApiServer  selects default/kubernetes ({component: apiserver, provider:
//                            kubernetes}) port `https`, verifying the API server's
//                            certificate with the service account CA (serverName kubernetes),
//                            dropping config.apiServerDropMetrics
//   serviceMonitorCoreDNS    selects kube-system Services labelled {k8s-app: kube-dns}, port
//                            `metrics` (only when config.coreDNS is true)
//
// Config fields (defaults in brackets):
//   namespace (required)     where the ServiceMonitors live (Prometheus must select it)
//   kubeletInterval ['30s'], cadvisorInterval ['30s'], apiServerInterval ['30s']
//   cadvisorDropMetrics [...]   metric names/regexes dropped from cAdvisor
//   kubeletDropMetrics [...]    metric names/regexes dropped from the kubelet's /metrics
//   apiServerDropMetrics [...]  metric names/regexes dropped from the API server
//   coreDNS [true]
//   commonLabels [{}]
//   (prometheusSelector, prometheusNamespace, extraIngress are accepted for uniformity; no
//   NetworkPolicy is made since the control plane is not in config.namespace)
//
// Errors ('stackc/components/kubernetes-control-plane: ...'): a non-object config, an unknown
// field, a missing namespace, a field of the wrong type; stackc/relabel errors for an empty
// drop list.
local common = import 'common.libsonnet';
local relabel = import 'stackc/relabel.libsonnet';

local schema = common.commonSchema {
  kubeletInterval: 'string',
  cadvisorInterval: 'string',
  apiServerInterval: 'string',
  cadvisorDropMetrics: 'array',
  kubeletDropMetrics: 'array',
  apiServerDropMetrics: 'array',
  coreDNS: 'boolean',
};

local defaults = common.commonDefaults {
  kubeletInterval: '30s',
  cadvisorInterval: '30s',
  apiServerInterval: '30s',
  // Per-container series with little value and a high series count.
  cadvisorDropMetrics: [
    'container_cpu_load_average_10s',
    'container_tasks_state',
    'container_memory_failures_total',
    'container_network_tcp_usage_total',
    'container_network_udp_usage_total',
    'container_blkio_device_usage_total',
    'container_fs_(io_current|io_time_seconds_total|io_time_weighted_seconds_total|reads_merged_total|sector_reads_total|sector_writes_total|writes_merged_total)',
  ],
  // Histograms with many buckets per volume/operation.
  kubeletDropMetrics: [
    'kubelet_runtime_operations_duration_seconds_bucket',
    'storage_operation_duration_seconds_bucket',
    'kubelet_pod_worker_start_duration_seconds_bucket',
  ],
  // Per-resource histograms with many buckets, and etcd request buckets.
  apiServerDropMetrics: [
    'apiserver_request_slo_duration_seconds_bucket',
    'apiserver_request_sli_duration_seconds_bucket',
    'apiserver_response_sizes_bucket',
    'apiserver_watch_events_sizes_bucket',
    'etcd_request_duration_seconds_bucket',
    'apiserver_storage_list_.*',
  ],
  coreDNS: true,
};

function(config)
  local cfg = common.config('kubernetes-control-plane', schema, defaults, config);
  local saDir = '/var/run/secrets/kubernetes.io/serviceaccount/';
  local kubeletServiceLabels = { 'app.kubernetes.io/name': 'kubelet', 'k8s-app': 'kubelet' };
  local kubeletPort = 'https-metrics';
  local apiServerServiceLabels = { component: 'apiserver', provider: 'kubernetes' };
  local apiServerPort = 'https';
  local coreDNSServiceLabels = { 'k8s-app': 'kube-dns' };
  local coreDNSPort = 'metrics';
  local labels(name) = cfg.commonLabels + {
    'app.kubernetes.io/name': name,
    'app.kubernetes.io/part-of': 'stackc',
  };
  local metricsPath = relabel.replace(['__metrics_path__'], 'metrics_path');
  local kubeletEndpoint(path, interval) = {
    port: kubeletPort,
    scheme: 'https',
    path: path,
    interval: interval,
    honorLabels: true,
    bearerTokenFile: saDir + 'token',
    tlsConfig: { insecureSkipVerify: true },
    relabelings: [metricsPath],
  };
  local monitor(name, ns, serviceLabels, endpoints, jobLabel) = {
    apiVersion: 'monitoring.coreos.com/v1',
    kind: 'ServiceMonitor',
    metadata: common.metadata(name, cfg.namespace, labels(name)),
    spec: {
      jobLabel: jobLabel,
      selector: { matchLabels: serviceLabels },
      namespaceSelector: { matchNames: [ns] },
      endpoints: endpoints,
    },
  };
  {
    serviceMonitorKubelet: monitor('kubelet', 'kube-system', kubeletServiceLabels, [
      kubeletEndpoint('/metrics', cfg.kubeletInterval) {
        metricRelabelings: [relabel.dropMetrics(cfg.kubeletDropMetrics)],
      },
      kubeletEndpoint('/metrics/cadvisor', cfg.cadvisorInterval) {
        honorTimestamps: false,
        metricRelabelings: [
          relabel.dropMetrics(cfg.cadvisorDropMetrics),
          // Series of the pause container and cgroup hierarchy levels without a container.
          relabel.drop(['__name__', 'container'], '(container_spec_.*|container_file_descriptors|container_sockets|container_threads_max|container_threads|container_start_time_seconds|container_last_seen);'),
        ],
      },
      kubeletEndpoint('/metrics/probes', cfg.kubeletInterval),
    ], 'app.kubernetes.io/name'),
    serviceMonitorApiServer: monitor('kube-apiserver', 'default', apiServerServiceLabels, [{
      port: apiServerPort,
      scheme: 'https',
      interval: cfg.apiServerInterval,
      bearerTokenFile: saDir + 'token',
      tlsConfig: { caFile: saDir + 'ca.crt', serverName: 'kubernetes' },
      metricRelabelings: [relabel.dropMetrics(cfg.apiServerDropMetrics)],
    }], 'component'),
  } + (if cfg.coreDNS then {
         serviceMonitorCoreDNS: monitor('coredns', 'kube-system', coreDNSServiceLabels, [{
           port: coreDNSPort,
           interval: '15s',
         }], 'k8s-app'),
       } else {})
