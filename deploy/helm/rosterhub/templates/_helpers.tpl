{{/* Names: <release>-rosterhub, or the release name when it already says rosterhub. */}}
{{- define "rosterhub.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "rosterhub.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end -}}

{{/* Selector labels of one component (api, worker, migrate): call with (dict "ctx" $ "component" "api"). */}}
{{- define "rosterhub.selectorLabels" -}}
app.kubernetes.io/name: {{ .ctx.Chart.Name }}
app.kubernetes.io/instance: {{ .ctx.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{- define "rosterhub.image" -}}
{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}
{{- end -}}

{{- define "rosterhub.secretName" -}}
{{- .Values.secrets.existingSecret | default (include "rosterhub.fullname" .) -}}
{{- end -}}

{{- define "rosterhub.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- .Values.serviceAccount.name | default (include "rosterhub.fullname" .) -}}
{{- else -}}
{{- .Values.serviceAccount.name | default "default" -}}
{{- end -}}
{{- end -}}

{{/* Environment every RosterHub container gets, before the ConfigMap and the Secret. */}}
{{- define "rosterhub.env" -}}
- name: NODE_ENV
  value: production
- name: RH_DATA_DIR
  value: /var/lib/rosterhub
- name: RH_SHUTDOWN_GRACE_SECONDS
  value: {{ .Values.shutdownGraceSeconds | quote }}
{{- end -}}

{{- define "rosterhub.envFrom" -}}
- configMapRef:
    name: {{ include "rosterhub.fullname" . }}
- secretRef:
    name: {{ include "rosterhub.secretName" . }}
{{- end -}}

{{/* Roll the pods when a setting changes (environment is read once, at start). */}}
{{- define "rosterhub.checksums" -}}
checksum/config: {{ include (print .Template.BasePath "/configmap.yaml") . | sha256sum }}
checksum/secret: {{ include (print .Template.BasePath "/secret.yaml") . | sha256sum }}
{{- end -}}

{{/* The root filesystem is read-only: the data directory and /tmp are the writable places. */}}
{{- define "rosterhub.volumeMounts" -}}
- name: data
  mountPath: /var/lib/rosterhub
- name: tmp
  mountPath: /tmp
{{- end -}}

{{/* Call with (dict "sizeLimit" "4Gi"). */}}
{{- define "rosterhub.volumes" -}}
- name: data
  emptyDir:
    sizeLimit: {{ .sizeLimit }}
- name: tmp
  emptyDir:
    sizeLimit: 1Gi
{{- end -}}
