@echo off
rem ras4j launcher for Windows (cmd, PowerShell): builds ras-cli\target\ras4j.jar on first use, then
rem runs it with the arguments given, e.g. ras4j list --json. RAS4J_JAVA_OPTS is passed to java.
rem Unlike ./ras4j it does not rebuild when sources change: delete the jar to rebuild.
setlocal
set "RAS4J_ROOT=%~dp0"
set "RAS4J_JAR=%RAS4J_ROOT%ras-cli\target\ras4j.jar"
if exist "%RAS4J_JAR%" goto run
echo ras4j: building ras-cli\target\ras4j.jar, first use... 1>&2
pushd "%RAS4J_ROOT%"
call mvnw.cmd -B -q -pl ras-cli -am package -DskipTests 1>&2
set "RAS4J_BUILD=%ERRORLEVEL%"
popd
if not "%RAS4J_BUILD%"=="0" exit /b %RAS4J_BUILD%
:run
set "RAS4J_JAVA=java"
if defined JAVA_HOME set "RAS4J_JAVA=%JAVA_HOME%\bin\java"
"%RAS4J_JAVA%" %RAS4J_JAVA_OPTS% -jar "%RAS4J_JAR%" %*
exit /b %ERRORLEVEL%
