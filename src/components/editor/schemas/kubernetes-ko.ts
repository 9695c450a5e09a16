// Korean hover texts of the Kubernetes schema (kubernetes.ts), shown on Korean pages. Keyed by where the
// English description sits in the schema (schema-locale.ts: `definitions` and `properties` left out), so a
// description added in English without a Korean one fails tests/unit/components/editor/schema-ko.test.ts.
// Terms as on kubernetes.io/ko (잡, 파드, 컨테이너, 레이블, 애너테이션, 셀렉터, 종료 코드, 백오프, 크론잡, 초기화
// 컨테이너, 활성 프로브, 준비성 프로브, 톨러레이션, 어피니티, 서비스 어카운트), in the course's voice (해라체).
// Field names, values and commands stay as written in a manifest.
//

export const KUBERNETES_SCHEMA_KO: Readonly<Record<string, string | readonly string[]>> = {
  title: '쿠버네티스 매니페스트 (Job, CronJob, Pod)',
  apiVersion:
    'APIVersion은 이 오브젝트 표현의 버전이 매겨진 스키마를 정한다. Job과 CronJob은 `batch/v1`, Pod는 `v1`이다.',
  kind: 'Kind는 이 오브젝트가 나타내는 REST 리소스를 가리키는 문자열이다.',
  spec: '오브젝트에 원하는 동작의 명세.',
  status: '오브젝트의 현재 상태. 시스템이 기록하며, 적용할 때는 무시된다.',
  'allOf.0.then.apiVersion': 'Job은 `batch/v1`으로 제공된다.',
  'allOf.1.then.apiVersion': 'CronJob은 `batch/v1`으로 제공된다.',
  'allOf.2.then.apiVersion': 'Pod는 `v1`으로 제공된다.',

  ObjectMeta: '표준 오브젝트 메타데이터.',
  'ObjectMeta.name':
    '이름은 네임스페이스 안에서 고유해야 한다. 소문자 RFC 1123 서브도메인 형식이다: 영문 소문자, 숫자, `-`, `.`.',
  'ObjectMeta.generateName':
    '`name`이 없을 때만 서버가 고유한 이름을 만드는 데 쓰는 접두사(선택). `kubectl create`에서만 쓸 수 있다.',
  'ObjectMeta.namespace': '이름이 고유해야 하는 공간인 네임스페이스. 비어 있으면 `default`다.',
  'ObjectMeta.labels': '오브젝트를 정리하고 분류하는(범위를 정하고 선택하는) 데 쓰는 문자열 키와 값의 맵.',
  'ObjectMeta.annotations':
    '외부 도구가 임의의 메타데이터를 저장하고 읽도록 리소스와 함께 저장되는, 구조 없는 키-값 맵.',
  'ObjectMeta.uid': 'UID는 이 오브젝트를 시간과 공간에서 유일하게 가리키는 값이다. 서버가 정하며 읽기 전용이다.',
  'ObjectMeta.resourceVersion': '이 오브젝트의 내부 버전을 나타내는 불투명한 값. 읽기 전용이다.',
  'ObjectMeta.generation': '원하는 상태의 특정 세대를 나타내는 일련번호. 읽기 전용이다.',
  'ObjectMeta.creationTimestamp': '이 오브젝트가 만들어진 시각. 서버가 정하며 읽기 전용이다.',
  'ObjectMeta.deletionTimestamp': '이 리소스가 삭제될 시각. 서버가 정하며 읽기 전용이다.',
  'ObjectMeta.deletionGracePeriodSeconds': '이 오브젝트가 정상적으로 종료하는 데 허용되는 초. 읽기 전용이다.',
  'ObjectMeta.ownerReferences':
    '이 오브젝트가 의존하는 오브젝트 목록. 목록의 오브젝트가 모두 삭제되면 이 오브젝트는 가비지 수집된다.',
  'ObjectMeta.finalizers': '오브젝트가 레지스트리에서 삭제되기 전에 비어 있어야 하는 파이널라이저 목록.',
  'ObjectMeta.managedFields': '워크플로 ID와 버전을 그 워크플로가 관리하는 필드 집합에 대응시킨다.',

  LabelSelector: '리소스 집합에 대한 레이블 쿼리. 비어 있으면 모든 오브젝트에 맞고, null이면 아무것에도 맞지 않는다.',
  'LabelSelector.matchLabels': '{키,값} 쌍의 맵. 각 쌍은 연산자가 `In`인 matchExpressions 요소와 같다.',
  'LabelSelector.matchExpressions': '레이블 셀렉터 요구 사항의 목록. 요구 사항은 모두 만족해야 한다(AND).',
  'LabelSelector.matchExpressions.items.key': '셀렉터가 적용되는 레이블 키.',
  'LabelSelector.matchExpressions.items.operator': '키와 값 집합의 관계를 나타낸다.',
  'LabelSelector.matchExpressions.items.values':
    '문자열 값의 배열. `In`과 `NotIn`에서는 비어 있으면 안 되고, 그 밖에는 비어 있어야 한다.',

  EnvVar: '컨테이너에 있는 환경 변수.',
  'EnvVar.name': '환경 변수의 이름.',
  'EnvVar.value':
    '변수 참조 `$(VAR_NAME)`은 앞서 정의한 환경 변수로 확장된다. 문자열이어야 하므로 숫자는 따옴표로 감싼다(`"3"`).',
  'EnvVar.valueFrom':
    '환경 변수 값의 출처(`fieldRef`, `resourceFieldRef`, `configMapKeyRef`, `secretKeyRef`). value가 비어 있지 않으면 쓸 수 없다.',
  'EnvVar.valueFrom.fieldRef':
    "파드의 필드를 고른다. 예: `metadata.name`, `metadata.namespace`, `metadata.annotations['batch.kubernetes.io/job-completion-index']`.",
  'EnvVar.valueFrom.resourceFieldRef': '컨테이너의 리소스(limits와 requests)를 고른다.',
  'EnvVar.valueFrom.configMapKeyRef': '컨피그맵의 키 하나를 고른다.',
  'EnvVar.valueFrom.secretKeyRef': '파드의 네임스페이스에 있는 시크릿의 키 하나를 고른다.',
  'EnvVar.valueFrom.fileKeyRef': 'env 파일의 키 하나를 고른다(알파).',

  ResourceRequirements: '이 컨테이너에 필요한 컴퓨트 리소스.',
  'ResourceRequirements.limits.additionalProperties': '`500m`(CPU), `64Mi`(메모리) 같은 수량.',
  'ResourceRequirements.limits': '허용되는 컴퓨트 리소스의 최대량(`cpu`, `memory`).',
  'ResourceRequirements.requests.additionalProperties': '`500m`(CPU), `64Mi`(메모리) 같은 수량.',
  'ResourceRequirements.requests':
    '필요한 컴퓨트 리소스의 최소량. 생략하면 limits가 지정된 경우 그 값이 기본값이 된다.',
  'ResourceRequirements.claims': '이 컨테이너가 쓰는, spec.resourceClaims에 정의된 리소스의 이름.',

  Container: '파드 안에서 실행할 애플리케이션 컨테이너 하나.',
  'Container.name': 'DNS_LABEL 형식의 컨테이너 이름. 파드 안의 컨테이너마다 이름이 달라야 한다.',
  'Container.image': '컨테이너 이미지 이름. 예: `busybox:1.36`.',
  'Container.imagePullPolicy':
    '이미지 풀 정책. `:latest` 태그이거나 태그가 없으면 기본값은 `Always`, 그 밖에는 `IfNotPresent`다.',
  'Container.command':
    '엔트리포인트 배열. 셸 안에서 실행되지 않는다. 지정하지 않으면 컨테이너 이미지의 ENTRYPOINT를 쓴다.',
  'Container.args': '엔트리포인트에 주는 인수. 지정하지 않으면 컨테이너 이미지의 CMD를 쓴다.',
  'Container.workingDir': '컨테이너의 작업 디렉터리. 기본값은 컨테이너 런타임의 기본값이다.',
  'Container.env': '컨테이너에 설정할 환경 변수 목록.',
  'Container.envFrom': '환경 변수를 채울 출처(컨피그맵, 시크릿) 목록.',
  'Container.ports': '컨테이너에서 노출할 포트 목록.',
  'Container.resources': '이 컨테이너에 필요한 컴퓨트 리소스.',
  'Container.volumeMounts': '컨테이너의 파일시스템에 마운트할 파드 볼륨.',
  'Container.volumeMounts.items.name': '볼륨의 이름과 같아야 한다.',
  'Container.volumeMounts.items.mountPath': "볼륨을 마운트할 컨테이너 안의 경로. ':'를 포함하면 안 된다.",
  'Container.volumeMounts.items.subPath': '컨테이너의 볼륨을 마운트할, 볼륨 안의 경로.',
  'Container.volumeMounts.items.readOnly': 'true이면 읽기 전용, 아니면 읽기-쓰기로 마운트된다.',
  'Container.securityContext': '컨테이너를 실행할 때 적용할 보안 옵션.',
  'Container.livenessProbe': '컨테이너가 살아 있는지 주기적으로 확인하는 활성 프로브. 실패하면 컨테이너가 재시작된다.',
  'Container.readinessProbe': '컨테이너가 서비스할 준비가 되었는지 주기적으로 확인하는 준비성 프로브.',
  'Container.startupProbe': '파드가 초기화를 마쳤는지 알려 주는 스타트업 프로브.',
  'Container.lifecycle': '컨테이너 라이프사이클 이벤트에 대응해 관리 시스템이 할 동작.',
  'Container.restartPolicy':
    '초기화 컨테이너에서만 쓴다. `Always`이면 파드가 살아 있는 동안 계속 실행되는 사이드카가 된다.',
  'Container.stdin': '컨테이너 런타임에서 이 컨테이너의 stdin 버퍼를 할당할지 여부.',
  'Container.stdinOnce': '한 번의 attach로 stdin 채널이 열린 뒤 컨테이너 런타임이 그 채널을 닫을지 여부.',
  'Container.tty': '이 컨테이너가 TTY를 할당할지 여부.',
  'Container.terminationMessagePath': '컨테이너의 종료 메시지를 기록할 파일이 마운트되는 경로.',
  'Container.terminationMessagePolicy': '종료 메시지를 어떻게 채울지 정한다.',

  PodSpec: '파드에 원하는 동작의 명세.',
  'PodSpec.containers': '파드에 속한 컨테이너 목록. 파드에는 컨테이너가 하나 이상 있어야 한다.',
  'PodSpec.initContainers': '초기화 컨테이너 목록. 앱 컨테이너가 시작되기 전에 순서대로 하나씩 끝까지 실행된다.',
  'PodSpec.restartPolicy':
    '파드 안 모든 컨테이너의 재시작 정책. `Always`, `OnFailure`, `Never` 중 하나이고 기본값은 `Always`다. 잡의 파드 템플릿에는 `OnFailure`와 `Never`만 허용된다.',
  'PodSpec.activeDeadlineSeconds':
    '파드가 StartTime부터 노드에서 활성일 수 있는 초. 이 시간이 지나면 시스템이 파드를 실패로 표시하고 컨테이너를 종료하려 한다.',
  'PodSpec.terminationGracePeriodSeconds': '파드가 정상적으로 종료하는 데 필요한 초. 기본값은 30이다.',
  'PodSpec.nodeSelector': '파드가 노드에 배치되려면 참이어야 하는 셀렉터. 노드의 레이블과 맞아야 한다.',
  'PodSpec.nodeName': '스케줄러를 거치지 않고 이 파드를 특정 노드에 배치해 달라는 요청.',
  'PodSpec.serviceAccountName': '이 파드를 실행할 때 쓸 서비스 어카운트의 이름.',
  'PodSpec.serviceAccount': 'serviceAccountName의 사용 중단된 별칭.',
  'PodSpec.automountServiceAccountToken': '서비스 어카운트 토큰을 자동으로 마운트할지 여부.',
  'PodSpec.volumes': '파드에 속한 컨테이너가 마운트할 수 있는 볼륨 목록.',
  'PodSpec.volumes.items.name': '볼륨의 이름. DNS_LABEL 형식이어야 하고 파드 안에서 고유해야 한다.',
  'PodSpec.subdomain':
    '지정하면 파드의 정규화된 호스트 이름은 `<hostname>.<subdomain>.<namespace>.svc.<cluster domain>`이 된다.',
  'PodSpec.hostname': '파드의 호스트 이름. 지정하지 않으면 시스템이 정한 값이 된다.',
  'PodSpec.setHostnameAsFQDN': 'true이면 파드의 호스트 이름이 파드의 FQDN으로 설정된다.',
  'PodSpec.tolerations': '파드의 톨러레이션.',
  'PodSpec.affinity': '파드의 스케줄링 제약 조건(어피니티).',
  'PodSpec.topologySpreadConstraints': '파드 묶음을 토폴로지 도메인에 어떻게 분산할지 정한다.',
  'PodSpec.schedulingGates': '하나라도 남아 있으면 파드의 스케줄링을 막는 게이트.',
  'PodSpec.priorityClassName': '파드의 우선순위를 나타낸다. 예: `system-node-critical`.',
  'PodSpec.priority': '우선순위 값. 어드미션이 priorityClassName에서 채운다.',
  'PodSpec.preemptionPolicy': '우선순위가 낮은 파드를 선점하는 정책.',
  'PodSpec.schedulerName': '지정하면 그 스케줄러가 파드를 배치한다.',
  'PodSpec.securityContext': '파드 수준의 보안 속성과 컨테이너 공통 설정.',
  'PodSpec.imagePullSecrets': '이 PodSpec이 쓰는 이미지를 받을 때 쓸 시크릿 참조.',
  'PodSpec.dnsPolicy': '파드의 DNS 정책. 기본값은 `ClusterFirst`다.',
  'PodSpec.dnsConfig': '파드의 DNS 파라미터. dnsPolicy로 만든 설정과 합쳐진다.',
  'PodSpec.enableServiceLinks': '서비스 정보를 파드의 환경 변수로 넣을지 여부.',
  'PodSpec.hostNetwork': '이 파드에 호스트 네트워킹을 쓸지 여부.',
  'PodSpec.hostPID': '호스트의 PID 네임스페이스를 쓸지 여부.',
  'PodSpec.hostIPC': '호스트의 IPC 네임스페이스를 쓸지 여부.',
  'PodSpec.hostUsers': '호스트의 사용자 네임스페이스를 쓸지 여부. 기본값은 true다.',
  'PodSpec.shareProcessNamespace': '파드의 모든 컨테이너가 프로세스 네임스페이스 하나를 함께 쓸지 여부.',
  'PodSpec.hostAliases': '파드의 hosts 파일에 넣을 호스트와 IP.',
  'PodSpec.runtimeClassName': '이 파드를 실행할 때 쓸 런타임클래스.',
  'PodSpec.readinessGates': '파드의 준비 상태를 판단할 때 추가로 평가하는 컨디션.',
  'PodSpec.os': '파드 안 컨테이너의 OS(`linux` 또는 `windows`).',
  'PodSpec.overhead': '주어진 런타임클래스로 파드를 실행하는 데 드는 리소스 오버헤드.',
  'PodSpec.resources': '파드 전체의 리소스(파드 수준 리소스).',
  'PodSpec.resourceClaims': '파드가 시작되기 전에 할당되어야 하는 리소스 클레임.',
  'PodSpec.ephemeralContainers': '디버깅을 위해 이 파드에서 실행하는 임시 컨테이너(`kubectl debug`).',

  PodTemplateSpec: '만들어질 파드를 기술한다.',
  'PodTemplateSpec.metadata': '만들어지는 파드의 표준 오브젝트 메타데이터(레이블, 애너테이션).',
  'PodTemplateSpec.spec': '파드에 원하는 동작의 명세.',
  'JobPodTemplateSpec.allOf.1.spec.restartPolicy':
    '잡에는 `OnFailure`(kubelet이 같은 파드 안에서 컨테이너를 재시작한다)나 `Never`(잡 컨트롤러가 새 파드를 만든다)만 허용된다.',
  JobPodTemplateSpec:
    '잡을 실행할 때 만들어질 파드를 기술한다. template.spec.restartPolicy에 허용되는 값은 `Never`와 `OnFailure`뿐이다.',

  PodFailurePolicy:
    '실패한 파드를 처리하는 정책. 규칙은 순서대로 평가되고, 한 규칙이 파드 실패에 맞으면 나머지 규칙은 무시된다.',
  'PodFailurePolicy.rules': '파드 실패 정책 규칙의 목록. 순서대로 평가된다. 최대 20개까지 허용된다.',
  'PodFailurePolicy.rules.items.action':
    '요구 사항을 만족하는 파드 실패에 취할 동작: `FailJob`은 잡을 실패로 표시하고 실행 중인 파드를 종료한다. `FailIndex`는 그 인덱스를 실패로 표시한다(backoffLimitPerIndex가 필요하다). `Ignore`는 실패를 backoffLimit에 세지 않고 대신할 파드를 만든다. `Count`는 기본 방식대로 실패를 backoffLimit에 센다.',
  'PodFailurePolicy.rules.items.action.enumDescriptions': [
    '잡을 Failed로 표시하고 실행 중인 파드를 모두 종료한다.',
    '파드의 인덱스를 실패로 표시한다(backoffLimitPerIndex가 필요하다).',
    '실패를 backoffLimit에 세지 않는다. 대신할 파드가 만들어진다.',
    '기본 방식대로 처리한다: backoffLimit을 향한 카운터를 올린다.',
  ],
  'PodFailurePolicy.rules.items.onExitCodes': '컨테이너 종료 코드에 대한 요구 사항.',
  'PodFailurePolicy.rules.items.onExitCodes.containerName': '종료 코드 검사를 이 이름의 컨테이너로 한정한다.',
  'PodFailurePolicy.rules.items.onExitCodes.operator':
    '컨테이너 종료 코드와 지정한 값의 관계: `In`(종료 코드가 값 집합에 있다) 또는 `NotIn`(없다). 성공으로 끝난 컨테이너(종료 코드 0)는 검사에서 빠진다.',
  'PodFailurePolicy.rules.items.onExitCodes.values':
    '값의 집합. 값은 중복 없이 오름차순이어야 하고, `In`에는 0을 쓸 수 없다.',
  'PodFailurePolicy.rules.items.onPodConditions': '파드 컨디션에 대한 요구 사항. 패턴 하나라도 맞으면 만족한다.',
  'PodFailurePolicy.rules.items.onPodConditions.items.type': '필요한 파드 컨디션 유형. 예: `DisruptionTarget`.',
  'PodFailurePolicy.rules.items.onPodConditions.items.status': '필요한 파드 컨디션 상태. 기본값은 `True`다.',

  JobSpec: '잡에 원하는 동작의 명세.',
  'JobSpec.parallelism': '잡이 한 시점에 실행할 파드 수의 최댓값. 기본값은 1이다. 0으로 설정하면 잡이 멈춘다.',
  'JobSpec.completions':
    '잡이 끝나려면 성공해야 하는 파드 수. 설정하지 않으면 파드 하나의 성공이 모든 파드의 성공을 뜻한다(작업 큐).',
  'JobSpec.completionMode':
    '파드 완료를 추적하는 방식. `NonIndexed`(기본값): 성공한 파드가 .spec.completions개가 되면 잡이 완료된다. `Indexed`: 파드마다 0부터 .spec.completions - 1까지의 완료 인덱스가 붙고(애너테이션과 환경 변수 JOB_COMPLETION_INDEX), 인덱스마다 성공한 파드가 하나씩 있으면 잡이 완료된다.',
  'JobSpec.backoffLimit': '잡을 실패로 표시하기 전의 재시도 횟수. 기본값은 6이다.',
  'JobSpec.backoffLimitPerIndex':
    '인덱스를 실패로 표시하기 전에 그 인덱스 안에서 재시도할 수 있는 횟수의 한도. Indexed 잡에만 쓴다.',
  'JobSpec.maxFailedIndexes':
    'backoffLimitPerIndex가 설정된 경우, 잡을 실패로 표시하기 전까지 허용되는 실패한 인덱스의 최대 수.',
  'JobSpec.activeDeadlineSeconds':
    'startTime부터 잡이 계속 활성일 수 있는 초. 지나면 시스템이 잡을 종료하려 한다. backoffLimit보다 우선한다(이유 `DeadlineExceeded`).',
  'JobSpec.ttlSecondsAfterFinished':
    '실행을 마친(Complete 또는 Failed) 잡의 수명을 제한한다. 이 초가 지나면 잡과 그 파드가 자동으로 삭제된다. 0이면 끝나자마자 삭제될 수 있다.',
  'JobSpec.suspend':
    '잡 컨트롤러가 파드를 만들지 여부. true로 설정하면 컨트롤러가 잡의 활성 파드를 종료하고, 재개될 때까지 파드를 만들지 않는다. 기본값은 false다.',
  'JobSpec.podReplacementPolicy':
    '대신할 파드를 언제 만들지 정한다: `TerminatingOrFailed`(파드가 종료 중이거나 실패하자마자, 기본값) 또는 `Failed`(이전 파드가 완전히 종료된 뒤에만, podFailurePolicy와 함께 쓸 때 필수).',
  'JobSpec.successPolicy': 'Indexed 잡이 모든 인덱스가 성공하기 전에 성공으로 선언될 수 있는 조건.',
  'JobSpec.successPolicy.rules':
    '규칙은 순서대로 평가되고, 잡이 한 규칙을 만족하면 성공으로 표시된다(SuccessCriteriaMet).',
  'JobSpec.successPolicy.rules.items.succeededIndexes': '성공한 인덱스 집합에 들어 있어야 하는 인덱스. 예: `"0,2-4"`.',
  'JobSpec.successPolicy.rules.items.succeededCount': '실제로 성공한 인덱스 집합에 필요한 최소 크기.',
  'JobSpec.selector': '파드 수와 맞아야 하는 파드에 대한 레이블 쿼리. 보통 시스템이 정한다.',
  'JobSpec.manualSelector':
    '파드 레이블과 셀렉터의 생성을 제어한다. 무엇을 하는지 확실히 알지 못한다면 설정하지 않는다.',
  'JobSpec.managedBy': '이 잡을 관리하는 컨트롤러. 기본값은 `kubernetes.io/job-controller`다.',

  CronJobSpec: '스케줄을 포함해 크론잡에 원하는 동작의 명세.',
  'CronJobSpec.schedule': '크론 형식의 스케줄. 예: `*/1 * * * *` (분 시 일 월 요일).',
  'CronJobSpec.timeZone': '스케줄에 쓸 시간대 이름. 예: `Etc/UTC`. 기본값은 kube-controller-manager의 시간대다.',
  'CronJobSpec.jobTemplate': '크론잡이 실행될 때 만들어질 잡을 기술한다.',
  'CronJobSpec.jobTemplate.metadata': '이 템플릿으로 만들어지는 잡의 표준 오브젝트 메타데이터.',
  'CronJobSpec.jobTemplate.spec': '잡에 원하는 동작의 명세.',
  'CronJobSpec.concurrencyPolicy':
    '잡의 동시 실행을 다루는 방식: `Allow`(기본값)는 잡이 동시에 실행되게 둔다. `Forbid`는 이전 실행이 끝나지 않았으면 새 실행을 건너뛴다. `Replace`는 실행 중인 잡을 취소하고 새 잡으로 바꾼다.',
  'CronJobSpec.startingDeadlineSeconds': '예정된 시각을 놓친 잡을 시작할 수 있는 기한(초). 놓친 실행은 실패로 센다.',
  'CronJobSpec.suspend':
    '이후의 실행을 멈추라고 컨트롤러에 알린다. 이미 시작된 실행은 영향을 받지 않는다. 기본값은 false다.',
  'CronJobSpec.successfulJobsHistoryLimit': '남겨 둘, 성공으로 끝난 잡의 수. 기본값은 3이다.',
  'CronJobSpec.failedJobsHistoryLimit': '남겨 둘, 실패로 끝난 잡의 수. 기본값은 1이다.',
};
