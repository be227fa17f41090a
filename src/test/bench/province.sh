#!/usr/bin/env bash
# The province-scale benchmark (BENCHMARKS.md, "Commands"). Steps, each runnable alone:
#   province.sh generate   fill the bench database (124 communes, 1,000,000 petitions)
#   province.sh start      start the provisioned server on it (port offset 200: http 8280, management 10190);
#                          BENCH_JAVA_OPTS adds JVM options (e.g. -XX:FlightRecorderOptions:stackdepth=512 for a profile);
#                          BENCH_JAVA_HOME runs the server (only) on another JDK, e.g. /usr/lib/jvm/temurin-25-jdk-amd64
#   province.sh service    service-level figures (service vs raw SQL, inside the server)
#   province.sh pages      Gatling page figures, load generator pinned to core 1
#   province.sh heap       200 signed-in sessions, then the heap after a full GC
#   province.sh stop       stop the server through jboss-cli
set -euo pipefail
cd "$(dirname "$0")/../../.."

DB=${BENCH_DB:-dannguyen_bench}
OFFSET=${BENCH_PORT_OFFSET:-200}
HTTP=$((8080 + OFFSET)); MGMT=$((9990 + OFFSET))
URL=http://127.0.0.1:$HTTP
SERVER=target/bench/server
SECONDS_PER_RUN=${BENCH_SECONDS:-60}
# Not offline (-o): on a fresh clone Maven must first fetch what only these steps use (the Gatling plugin).
# BENCH_MVN_OPTS=-o runs offline once the local repository has it all.
MVN="mvn -B -q ${BENCH_MVN_OPTS:-}"

case "${1:-}" in
generate)
    $MVN -Pbench-data -Dbench.db.url=jdbc:mysql://127.0.0.1:3306/$DB -Dbench.db.user=root -Dbench.db.password= \
        -Dbench.communes=${BENCH_COMMUNES:-124} -Dbench.petitions=${BENCH_PETITIONS:-1000000}
    mysql -uroot -h127.0.0.1 -e "CREATE USER IF NOT EXISTS '$DB'@'127.0.0.1' IDENTIFIED BY '$DB'; GRANT ALL ON \`$DB\`.* TO '$DB'@'127.0.0.1'; ANALYZE TABLE $DB.petition, $DB.assignment, $DB.village, $DB.category;" >/dev/null
    ;;
start)
    [ -f target/dan-nguyen.war ] && [ -d target/server ] || $MVN package -DskipTests -DskipITs
    $MVN test-compile exec:java -Dexec.mainClass=vn.dannguyen.bench.BenchWar -Dexec.classpathScope=test
    rm -rf $SERVER && cp -r target/server $SERVER && rm -rf $SERVER/standalone/{log,data,tmp} && cp target/bench/ROOT.war $SERVER/standalone/deployments/
    DB_URL=jdbc:mysql://127.0.0.1:3306/$DB DB_USER=$DB DB_PASSWORD=$DB DANNGUYEN_DEMO_DATA=false \
    JAVA_HOME=${BENCH_JAVA_HOME:-${JAVA_HOME:-}} DANNGUYEN_AUDIT_SEAL_SECONDS=0 DANNGUYEN_AUDIT_ANCHOR=$PWD/target/bench/audit-anchor.log \
    JAVA_OPTS="-Xms1g -Xmx1g -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=512m -Djava.net.preferIPv4Stack=true ${BENCH_JAVA_OPTS:-}" \
        nohup $SERVER/bin/standalone.sh -Djboss.socket.binding.port-offset=$OFFSET > target/bench/server.log 2>&1 &
    echo "waiting for the deployment and the search index (SearchIndexCheck rebuilds it in the background)..."
    for i in $(seq 1 3600); do
        grep -q "Search index rebuilt\|Search index rebuilt" $SERVER/standalone/log/server.log 2>/dev/null && break
        if grep -q "WFLYSRV0025" $SERVER/standalone/log/server.log 2>/dev/null && ! grep -q "rebuilding the index" $SERVER/standalone/log/server.log; then break; fi
        sleep 1
    done
    grep "WFLYSRV0025\|WFLYSRV0026\|Search index" $SERVER/standalone/log/server.log | cut -c1-200
    grep -m1 "java.version\|JAVA:" target/bench/server.log || true
    ;;
service)
    $MVN test-compile exec:java -Dexec.mainClass=vn.dannguyen.bench.BenchClient -Dexec.classpathScope=test \
        -Dbench.url=$URL -Dbench.user=${BENCH_USER:-lanhdao.tq001} -Dbench.n=${BENCH_N:-300} -Dbench.ops=${BENCH_OPS:-list,page400,search,dashboard,deadlines,record,import}
    ;;
pages)
    # The simulation reads the server's CPU time (/proc) while all users are in their loop: CPU per request
    # varies less from run to run than throughput does on two shared cores.
    mkdir -p target/bench
    PID=$(pgrep -f "jboss.home.dir=$PWD/$SERVER" | head -1 || true)
    [ -n "$PID" ] || echo "(no server process found for $SERVER: the server's CPU will not be read)"
    for scenario in ${BENCH_SCENARIOS:-list page400 search dashboard submit entry}; do
        echo "== $scenario$([ "${BENCH_PACE:-0}" -gt 0 ] && echo ", each user's loop paced: a turn starts ${BENCH_PACE} ms after the last one started, or when it ends" || true)"
        rm -f target/bench/server-cpu.txt
        taskset -c 1 $MVN -Pbench-pages -Dbench.simulation=vn.dannguyen.bench.PetitionPagesSimulation \
            -Dbench.url=$URL -Dbench.scenario=$scenario -Dbench.users=${BENCH_USERS:-20} -Dbench.seconds=$SECONDS_PER_RUN \
            -Dbench.communes=${BENCH_PAGE_COMMUNES:-20} -Dbench.pace=${BENCH_PACE:-0} \
            -Dbench.server.pid=${PID} -Dbench.clk.tck=$(getconf CLK_TCK) -Dbench.cpu.file=$PWD/target/bench/server-cpu.txt \
            >target/bench/gatling.log 2>&1 || { echo "(gatling exited non-zero; its output:)"; tail -20 target/bench/gatling.log; }
        $MVN exec:java -Dexec.mainClass=vn.dannguyen.bench.GatlingSummary -Dexec.classpathScope=test -Dbench.seconds=$SECONDS_PER_RUN
        cat target/bench/server-cpu.txt 2>/dev/null || echo "(server CPU not reported)"
    done
    ;;
heap)
    PID=$(pgrep -f "jboss.home.dir=$PWD/$SERVER" | head -1)
    taskset -c 1 $MVN -Pbench-pages -Dbench.simulation=vn.dannguyen.bench.PetitionPagesSimulation \
        -Dbench.url=$URL -Dbench.scenario=sessions -Dbench.users=200 -Dbench.seconds=120 -Dbench.communes=124 >/dev/null 2>&1 &
    GATLING=$!
    sleep ${BENCH_HEAP_WAIT:-100}
    # The heap right after the full GC: jboss-cli takes seconds to start, while the 200 users keep allocating.
    jcmd $PID GC.run >/dev/null
    jcmd $PID GC.heap_info | head -3
    $SERVER/bin/jboss-cli.sh --connect --controller=127.0.0.1:$MGMT \
        --command="/deployment=ROOT.war/subsystem=undertow:read-attribute(name=active-sessions)" | grep result
    wait $GATLING || true
    ;;
stop)
    $SERVER/bin/jboss-cli.sh --connect --controller=127.0.0.1:$MGMT --command=:shutdown
    ;;
*)
    sed -n 2,9p "$0"; exit 1 ;;
esac
