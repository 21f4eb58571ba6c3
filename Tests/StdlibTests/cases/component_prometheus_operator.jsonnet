local stackc = import 'stackc/stackc.libsonnet';
{
  default: stackc.prometheusOperator({ namespace: 'monitoring' }),
  noKubelet: stackc.prometheusOperator({ namespace: 'monitoring', kubeletService: null, extraArgs: ['--log-level=debug'] }),
}
