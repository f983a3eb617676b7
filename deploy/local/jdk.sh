# Sourced by the scripts in deploy/local and .ci: points JAVA_HOME at a JDK of version 21 or later.
# A JAVA_HOME that is new enough is kept; otherwise the newest JDK found on PATH, under /usr/lib/jvm or /opt.

java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'
}

find_jdk() {
  local java major best="" best_major=0
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(java_major "$JAVA_HOME/bin/java")" -ge 21 ] 2>/dev/null; then
    export PATH="$JAVA_HOME/bin:$PATH"
    return 0
  fi
  local candidates=(/usr/lib/jvm/*/bin/java /opt/*/bin/java /opt/*/*/bin/java)
  command -v java >/dev/null 2>&1 && candidates+=("$(readlink -f "$(command -v java)")")
  for java in "${candidates[@]}"; do
    [ -x "$java" ] || continue
    major="$(java_major "$java")"
    if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best="$java"
      best_major="$major"
    fi
  done
  if [ -z "$best" ]; then
    echo "Redress needs a JDK 21 or later and found none (looked at JAVA_HOME, PATH, /usr/lib/jvm, /opt)." >&2
    echo "Install one (for example: apt-get install openjdk-21-jdk-headless) or set JAVA_HOME to it." >&2
    return 1
  fi
  JAVA_HOME="$(cd "$(dirname "$best")/.." && pwd)"
  export JAVA_HOME
  export PATH="$JAVA_HOME/bin:$PATH"
}

find_jdk
