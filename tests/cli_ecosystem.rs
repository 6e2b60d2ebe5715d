//! The command line as other tools and scripts meet it: completions and man pages generated from
//! the parser's definitions, `--version` naming the commit the binary was built from, `--json`
//! output from `train`, `bench` and `report`, `NO_COLOR`, and a library without the CLI's crates.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn dpgpu(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dpgpu")).args(args).output().expect("dpgpu runs")
}

fn ok_stdout(args: &[&str]) -> String {
    let out = dpgpu(args);
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dpgpu-eco-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn has(program: &str) -> bool {
    Command::new(program).arg("--version").output().is_ok_and(|o| o.status.success())
}

#[test]
fn completions_know_every_subcommand_flag_and_value() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let script = ok_stdout(&["completions", shell]);
        // clap_complete's elvish and PowerShell scripts complete flags, not their values.
        let values: &[&str] =
            if ["bash", "zsh", "fish"].contains(&shell) { &["vectorized", "cifar10"] } else { &[] };
        for needle in ["train", "bench", "report", "grad-sample", "noise-multiplier"].iter().chain(values) {
            assert!(script.contains(needle), "{shell} completions lack {needle:?}");
        }
    }
    if has("bash") {
        // The script parses and registers a completion function for dpgpu.
        let dir = scratch("bash");
        let file = dir.join("dpgpu.bash");
        std::fs::write(&file, ok_stdout(&["completions", "bash"])).unwrap();
        let out = Command::new("bash")
            .arg("-c")
            .arg(format!("source '{}' && complete -p dpgpu", file.display()))
            .output()
            .unwrap();
        let registered = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success() && registered.contains("dpgpu"), "{registered}");
    }
    let out = dpgpu(&["completions", "tcsh"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn man_pages_cover_every_subcommand_and_flag() {
    let page = ok_stdout(&["man"]);
    assert!(page.starts_with(".ie") || page.contains(".TH dpgpu 1"), "{}", &page[..200.min(page.len())]);
    for needle in [".TH dpgpu", "train", "completions", "Examples:"] {
        assert!(page.contains(needle), "dpgpu.1 lacks {needle:?}");
    }
    let dir = scratch("man");
    ok_stdout(&["man", "--out", dir.to_str().unwrap()]);
    let train = std::fs::read_to_string(dir.join("dpgpu-train.1")).expect("dpgpu-train.1 written");
    for needle in [".TH dpgpu-train", "noise\\-multiplier", "max\\-grad\\-norm", "vectorized"] {
        assert!(train.contains(needle), "dpgpu-train.1 lacks {needle:?}");
    }
    // Hidden commands get no page.
    assert!(!dir.join("dpgpu-bench-run.1").exists());
    if has("groff") {
        let out = Command::new("groff")
            .args(["-man", "-Tutf8", "-ww", "-z"])
            .arg(dir.join("dpgpu-train.1"))
            .output();
        let out = out.unwrap();
        assert!(out.status.success() && out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
    }
}

/// The commit `dpgpu --version` names is the one the tests were built from, which (cargo rebuilds
/// when HEAD moves) is the checkout's HEAD; outside git it says so.
#[test]
fn the_version_names_the_commit_the_binary_was_built_from() {
    let version = ok_stdout(&["--version"]);
    let head =
        Command::new("git").args(["rev-parse", "HEAD"]).current_dir(env!("CARGO_MANIFEST_DIR")).output();
    match head {
        Ok(out) if out.status.success() => {
            let head = String::from_utf8_lossy(&out.stdout).trim().to_string();
            assert!(version.contains(&format!("commit {head}")), "{version} vs HEAD {head}");
            assert_eq!(
                option_env!("DPGPU_GIT_COMMIT").map(|c| c.trim_end_matches("-dirty")),
                Some(head.as_str())
            );
        }
        _ => assert!(version.contains("not built from a git checkout"), "{version}"),
    }
    assert!(version.contains("burn 0.22"), "{version}");
    // The short form stays the package version alone.
    assert_eq!(ok_stdout(&["-V"]).trim(), format!("dpgpu {}", env!("CARGO_PKG_VERSION")));
}

#[test]
fn no_color_turns_colour_off_even_when_forced() {
    let run = |env: &[(&str, &str)]| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_dpgpu"));
        cmd.args(["train", "--grad-sample", "vectorzed"]).env_remove("NO_COLOR").env_remove("CLICOLOR_FORCE");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let out = cmd.output().unwrap();
        assert_eq!(out.status.code(), Some(2));
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    assert!(run(&[("CLICOLOR_FORCE", "1")]).contains('\u{1b}'), "forced colour shows escape codes");
    assert!(!run(&[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")]).contains('\u{1b}'));
    assert!(!run(&[]).contains('\u{1b}'), "no colour into a pipe");
}

fn words(line: &str) -> Vec<&str> {
    line.split_whitespace().collect()
}

fn json_lines(stdout: &str) -> Vec<serde_json::Value> {
    stdout.lines().map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l:?}"))).collect()
}

#[test]
fn train_bench_and_report_speak_json() {
    let dir = scratch("json");
    let run = dir.join("run");
    let train =
        words("train --backend cpu --model logreg -e 2 -b 64 --train-examples 512 --test-examples 128");
    let train =
        ok_stdout(&[&train[..], &["--noise-seed", "7", "--json", "-o", run.to_str().unwrap()]].concat());
    let lines = json_lines(&train);
    assert_eq!(lines.len(), 3, "two epochs and the end: {train}");
    for (k, epoch) in lines[..2].iter().enumerate() {
        assert_eq!((epoch["event"].as_str(), epoch["epoch"].as_u64()), (Some("epoch"), Some(k as u64 + 1)));
        assert!(epoch["epsilon"].as_f64().is_some_and(|e| e > 0.0), "{epoch}");
    }
    let done = &lines[2];
    assert_eq!(done["event"], "done");
    let run_json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(run.join("run.json")).unwrap()).unwrap();
    assert_eq!(done["record"], run_json, "--json's record is run.json");

    let raw = dir.join("raw");
    let bench =
        words("bench --backend cpu --experiments logreg --batch-sizes 16 --epochs 1 --dummy-data --json");
    let bench = ok_stdout(
        &[&bench[..], &["--variants", "nonprivate,vectorized", "--out", raw.to_str().unwrap()]].concat(),
    );
    let bench: serde_json::Value = serde_json::from_str(bench.trim()).expect("one JSON object");
    let runs = bench["runs"].as_array().unwrap();
    assert_eq!(runs.len(), 2, "{bench}");
    assert!(
        runs.iter().all(|r| r["status"] == "ok" && r["median_epoch_seconds"].as_f64().is_some()),
        "{bench}"
    );
    assert_eq!(bench["device"], "cpu");

    let report_dir = dir.join("report");
    let report =
        ok_stdout(&["report", raw.to_str().unwrap(), "--out", report_dir.to_str().unwrap(), "--json"]);
    let report: serde_json::Value = serde_json::from_str(report.trim()).expect("one JSON object");
    assert_eq!(report["runs"], 2);
    let files: Vec<&str> = report["files"].as_array().unwrap().iter().map(|f| f.as_str().unwrap()).collect();
    assert!(files.iter().all(|f| Path::new(f).is_file()), "{files:?}");
    assert!(files.iter().any(|f| f.ends_with("medians.csv")), "{files:?}");
}

/// `default-features = false` leaves the command line's crates out of a library user's tree.
#[test]
fn the_library_without_default_features_has_no_cli_crates() {
    let out = Command::new(env!("CARGO"))
        .args(["tree", "--offline", "--locked", "--no-default-features", "-e", "normal", "--prefix", "none"])
        .args(["--manifest-path", concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml")])
        .output()
        .expect("cargo runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let tree = String::from_utf8_lossy(&out.stdout);
    let names: Vec<&str> = tree.lines().filter_map(|l| l.split_whitespace().next()).collect();
    assert!(names.contains(&"burn") && names.contains(&"dpgpu"), "{tree}");
    for cli_only in
        ["clap", "clap_complete", "clap_mangen", "indicatif", "plotters", "csv", "dejavu", "mimalloc"]
    {
        assert!(!names.contains(&cli_only), "{cli_only} is in the library's tree");
    }
}
