# Build the Windows bundle and the zip a clerk unpacks and runs:
#
#     powershell -ExecutionPolicy Bypass -File packaging\build-windows.ps1 [-Python C:\Python311\python.exe] [-Check]
#
# Needs Python 3.10+ (64-bit, from python.org) and an internet connection for pip. Makes a build
# environment in .venv-build, installs the app and PyInstaller into it, builds dist\HanoiDesk\
# (HanoiDesk.exe = the window, hanoi-desk.exe = the command line) from packaging\hanoi-desk.spec,
# and zips it as dist\HanoiDesk-<version>-win64.zip. -Check then runs packaging\smoke_test.py:
# the bundle's --version, roster export (compared with the installed package's) and window start.
param(
    [string]$Python = "python",
    [switch]$Check
)
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)

function Invoke-Step([string]$What, [scriptblock]$Command) {
    Write-Host "== $What"
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit code $LASTEXITCODE)" }
}

$venv = ".venv-build"
if (-not (Test-Path "$venv\Scripts\python.exe")) {
    Invoke-Step "build environment ($venv)" { & $Python -m venv $venv }
}
$py = Join-Path $venv "Scripts\python.exe"
Invoke-Step "upgrade pip" { & $py -m pip install --quiet --upgrade pip }
Invoke-Step "install the app and PyInstaller" { & $py -m pip install --quiet -e ".[bundle]" }
if (Test-Path "dist\HanoiDesk") { Remove-Item -Recurse -Force "dist\HanoiDesk" }
Invoke-Step "PyInstaller (one folder, no UPX)" {
    & $py -m PyInstaller --noconfirm --clean --workpath build\bundle --distpath dist packaging\hanoi-desk.spec
}
Invoke-Step "zip" { & $py packaging\bundle_support.py zip dist }
if ($Check) {
    Invoke-Step "smoke test of the bundle" {
        & $py packaging\smoke_test.py dist\HanoiDesk --reference (Join-Path $venv "Scripts\hanoi-desk.exe")
    }
}
Get-ChildItem dist\HanoiDesk-*-win64.zip | ForEach-Object { Write-Host ("{0}  {1:N0} MiB" -f $_.FullName, ($_.Length / 1MB)) }
