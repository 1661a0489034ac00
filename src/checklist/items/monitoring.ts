import { docsUrl, type ChecklistItem } from '../schema';

export const monitoring: ChecklistItem = {
  id: 'monitoring',
  title: 'Monitoring',
  question: 'How will you know what is wrong and where: metrics, logs and distributed traces, with which alerts?',
  strongAnswer: [
    'Metrics per service using RED (rate, errors, duration at p50/p95/p99) and resource use, with alerts on SLOs.',
    'Structured, centralised logs carrying a correlation or trace id.',
    'Distributed tracing (OpenTelemetry, Jaeger, Zipkin, X-Ray) with the trace context propagated across every hop, including message queues.',
    'Health checks about the instance itself: liveness (the process still makes progress) and readiness (it can serve now: started, warmed up, its own pool working). Readiness that checks shared downstream services takes every pod out of rotation at once when one of them blips; deep dependency checks belong on a diagnostic endpoint, dashboards and alerts.',
  ],
  headings: ['monitoring', 'observability', 'metrics', 'logging', 'logs', 'tracing', 'alerting', 'telemetry', 'operations', 'operability', 'knowing what is wrong', 'seeing inside'],
  topics: ['monitoring', 'monitor', 'observability', 'observable', 'metrics', 'tracing', 'alerting', 'visibility'],
  // Tracing and monitoring of things and people, not of the system: a recall traced to its donor, contact tracing.
  topicsNotWith: ['contact tracing', 'tracing every', 'tracing each', 'trace every', 'trace each', 'traced back', 'tracing back', 'trace back', 'traceability', 'brand-safety monitoring', 'brand safety monitoring', 'patient monitoring', 'monitoring of patients', 'patients on monitors', 'on monitors', 'bedside monitor', 'cardiac monitor', 'vital signs', 'heart rate monitor', 'baby monitor', 'weather monitoring', 'air quality monitoring', 'water quality monitoring'],
  concepts: [
    // A metrics product named alone says where numbers go, not what is watched or who is told. It and a log store are
    // one part of the question together, where the signals are kept: "Prometheus, Grafana and Loki on a VM" is still weak.
    { id: 'metrics-store', label: 'a metrics store', terms: ['prometheus', 'grafana', 'cloudwatch', 'datadog', 'new relic', 'dynatrace', 'statsd', 'graphite', 'victoriametrics'], notWith: ['cloudwatch log', 'cloudwatch logs'], narrow: true, part: 'signal-stores' },
    { id: 'metrics', label: 'metrics and alerts', terms: ['red method', 'red metrics', 'golden signals', 'four golden signals', 'use method', 'latency histogram', 'slo', 'slos', 'sli', 'slis', 'error budget', 'pagerduty', 'opsgenie', 'alertmanager', 'pages on-call', 'pages the on-call', 'page the on-call', 'paging the on-call', 'alert on', 'alerts on', 'alert when', 'alerting on'] },
    { id: 'logs', label: 'centralised structured logs', terms: ['elk', 'elk stack', 'logstash', 'kibana', 'loki', 'splunk', 'fluentd', 'fluent bit', 'structured logs', 'structured logging', 'json logs', 'centralized logging', 'centralised logging', 'central logging', 'log aggregation', 'cloudwatch logs', 'cloudwatch log group', 'log group', 'log groups'], narrow: true, part: 'signal-stores' },
    { id: 'tracing', label: 'distributed tracing', terms: ['correlation id', 'correlation ids', 'distributed tracing', 'distributed trace', 'distributed traces', 'opentelemetry', 'open telemetry', 'otel', 'jaeger', 'zipkin', 'x-ray', 'xray', 'tempo', 'honeycomb', 'cloud trace', 'trace id', 'trace ids', 'traceparent', 'trace context', 'trace span', 'trace spans', 'client span', 'child span', 'span per', 'spans per', 'a span for'] },
    // A request id carried as an idempotency key ("carrying the hold request id so it returns the existing hold") traces nothing.
    { id: 'request-id', label: 'distributed tracing', terms: ['request id', 'request ids'], notWith: ['idempotency key', 'idempotency keys', 'idempotent', 'existing', 'dedupe', 'deduplicate', 'de-duplicate', 'second one', 'duplicate'] },
    { id: 'signals', label: 'latency percentiles and error rates', terms: ['elasticsearch', 'opensearch', 'p99', 'p95', 'p50', 'percentile', 'percentiles', 'error rate', 'request rate', 'saturation'], context: true },
    { id: 'health', label: 'health checks and dashboards', terms: ['health check', 'health checks', 'health endpoint', '/health', 'liveness', 'readiness', 'liveness probe', 'readiness probe', 'dashboard', 'dashboards', 'on-call', 'runbook'], narrow: true, context: true },
  ],
  advice: 'Plan the three pillars: RED metrics with SLO alerts (Prometheus/Grafana or a hosted service), structured central logs with a correlation id, and distributed tracing with OpenTelemetry propagated across every hop.',
  tradeoffs: `| Pillar | Answers | Typical signals | Tools |
|---|---|---|---|
| Metrics | what is happening | request rate, errors, latency p50/p95/p99, saturation | Prometheus, Grafana, CloudWatch |
| Logs | why it happened | structured events with a correlation id | ELK, Loki, Splunk |
| Traces | where the time went | spans across every hop of one request | OpenTelemetry, Jaeger, Zipkin |`,
  docs: docsUrl('monitoring'),
};
