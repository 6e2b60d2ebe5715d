//! `dpgpu train --distributed mpi` under Open MPI's `mpirun`, on this machine's loopback: two
//! ranks on cpu give one process's parameters and ε; ranks with different settings all stop
//! with a message naming the setting and write nothing; a run stopped midway resumes with another
//! number of ranks to the uninterrupted run's parameters and ε.
//!
//! Needs the `mpi` feature and `mpirun` (Debian: openmpi-bin libopenmpi-dev libclang-dev).
//! Skipped with a message where `mpirun` is missing, unless `DPGPU_REQUIRE_MPI=1` (CI).

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use burn::module::Module;
use common::{flat_params, rel_err};
use dpgpu::engine::trainer::RunRecord;
use dpgpu::models::MnistCnn;

const BIN: &str = env!("CARGO_BIN_EXE_dpgpu");
const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data/mnist");

fn mpirun_available() -> bool {
    let found = Command::new("mpirun").arg("--version").output().is_ok_and(|o| o.status.success());
    if !found && std::env::var("DPGPU_REQUIRE_MPI").is_ok_and(|v| v == "1") {
        panic!("DPGPU_REQUIRE_MPI=1 but mpirun is not on PATH");
    }
    if !found {
        eprintln!("skipping: no mpirun (apt-get install openmpi-bin libopenmpi-dev libclang-dev)");
    }
    found
}

/// `mpirun` for this machine: as root if need be, more ranks than cores, TCP over loopback.
fn mpirun() -> Command {
    let mut cmd = Command::new("mpirun");
    cmd.env("OMPI_ALLOW_RUN_AS_ROOT", "1")
        .env("OMPI_ALLOW_RUN_AS_ROOT_CONFIRM", "1")
        .env("OMPI_MCA_rmaps_base_oversubscribe", "1")
        .env("OMPI_MCA_btl", "self,tcp")
        .env("OMPI_MCA_btl_tcp_if_include", "lo")
        .stdin(Stdio::null());
    cmd
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dpgpu-mpi-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// The flags of a small MNIST DP run on 1,024 examples, 2 epochs of 16 steps (or `LONG`: 3
/// epochs of 64 steps), writing to `out`.
fn train_args(out: &Path, extra: &[&str]) -> Vec<String> {
    let mut args: Vec<String> = [
        "train",
        "--backend",
        "cpu",
        "--data-dir",
        DATA,
        "--train-examples",
        "1024",
        "--test-examples",
        "200",
        "--seed",
        "4",
        "--noise-seed",
        "8",
        "--out",
    ]
    .into_iter()
    .map(String::from)
    .collect();
    args.push(out.display().to_string());
    if !extra.contains(&"--batch-size") {
        args.extend(["--batch-size", "64", "--epochs", "2"].map(String::from));
    }
    args.extend(extra.iter().map(|s| s.to_string()));
    args
}

/// A run long enough to be killed midway: 3 epochs of 64 steps.
const LONG: [&str; 4] = ["--batch-size", "16", "--epochs", "3"];

fn ok(output: Output, what: &str) -> Output {
    assert!(
        output.status.success(),
        "{what} failed ({}):\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

fn record(out: &Path) -> RunRecord {
    serde_json::from_slice(&std::fs::read(out.join("run.json")).unwrap()).unwrap()
}

fn model(out: &Path) -> Vec<f32> {
    flat_params(&MnistCnn::new(&common::cpu().device, 0).try_load_file(out.join("model.bpk")).unwrap())
}

fn assert_same_run(got: &Path, want: &Path, what: &str) {
    let (g, w) = (record(got), record(want));
    assert_eq!(g.epochs.len(), w.epochs.len(), "{what}");
    for (g, w) in g.epochs.iter().zip(&w.epochs) {
        assert_eq!(g.epsilon, w.epsilon, "{what}: epsilon of epoch {}", w.epoch);
        assert_eq!(g.examples, w.examples, "{what}: the same Poisson batches");
    }
    let err = rel_err(&model(got), &model(want));
    assert!(err < 1e-5, "{what}: parameters differ from one process's by {err:e} (relative)");
}

#[test]
fn two_ranks_equal_one_process_and_disagreement_stops_every_rank() {
    if !mpirun_available() {
        return;
    }
    let one = scratch("one");
    ok(Command::new(BIN).args(train_args(&one, &[])).output().unwrap(), "one process");

    let two = scratch("two");
    let out = ok(
        mpirun().args(["-np", "2", BIN]).args(train_args(&two, &["--distributed", "mpi"])).output().unwrap(),
        "2 ranks",
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("data-parallel: 2 workers (MPI: "), "{stderr}");
    // Worker 0 alone reports: one line per epoch on stdout.
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(stdout.matches("epoch   1/2").count(), 1, "{stdout}");
    assert_same_run(&two, &one, "2 ranks");
    assert_eq!(record(&two).workers, 2);

    // MPMD: rank 1 has another learning rate.
    let bad = scratch("bad");
    let mut cmd = mpirun();
    cmd.args(["-np", "1", BIN]).args(train_args(&bad, &["--distributed", "mpi"]));
    cmd.args([":", "-np", "1", BIN]).args(train_args(&bad, &["--distributed", "mpi", "--lr", "0.2"]));
    let out = cmd.output().unwrap();
    assert!(!out.status.success(), "mismatched ranks must fail");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        stderr.matches("the workers disagree on lr (1 of 2 workers differ from worker 0)").count(),
        2,
        "{stderr}"
    );
    assert!(
        !bad.join("run.json").exists() && !bad.join("model.bpk").exists(),
        "a failed start wrote a record"
    );

    // A flag only rank 1 has wrong stops it before it joins: the job ends, it does not hang.
    let mut cmd = mpirun();
    cmd.args(["-np", "1", BIN]).args(train_args(&bad, &["--distributed", "mpi"]));
    cmd.args([":", "-np", "1", BIN])
        .args(train_args(&bad, &["--distributed", "mpi", "--max-grad-norm", "0"]));
    let out = within(cmd, Duration::from_secs(60));
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("max_grad_norm must be"), "{out:?}");
}

/// `cmd`'s output, or a failure if it runs longer than `limit` (a hung job is killed).
fn within(mut cmd: Command, limit: Duration) -> Output {
    let mut child = cmd.stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > limit {
            unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
            let _ = child.wait();
            panic!("the job hung for {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    child.wait_with_output().unwrap()
}

/// Secure mode: rank 0 draws the batches' key and the discrete Gaussian noise and sends them;
/// the ranks' parameters agree after every epoch (checked by the run itself) and ε is one
/// process's (the same effective σ).
#[test]
fn secure_mode_runs_on_two_ranks() {
    if !mpirun_available() {
        return;
    }
    let one = scratch("secure-one");
    let args = |out: &Path, extra: &[&str]| -> Vec<String> {
        // --noise-seed is refused in secure mode: drop it with its value.
        let mut a = train_args(out, extra);
        let at = a.iter().position(|x| x == "--noise-seed").unwrap();
        a.drain(at..at + 2);
        a
    };
    ok(Command::new(BIN).args(args(&one, &["--secure-noise"])).output().unwrap(), "one process");
    let two = scratch("secure-two");
    ok(
        mpirun()
            .args(["-np", "2", BIN])
            .args(args(&two, &["--secure-noise", "--distributed", "mpi"]))
            .output()
            .unwrap(),
        "2 ranks, secure mode",
    );
    let (a, b) = (record(&one), record(&two));
    assert_eq!(b.epochs.len(), 2);
    assert_eq!(a.epochs.last().unwrap().epsilon, b.epochs.last().unwrap().epsilon);
}

#[test]
fn a_two_rank_run_killed_midway_resumes_with_one_or_three_ranks() {
    if !mpirun_available() {
        return;
    }
    let want = scratch("uninterrupted");
    ok(Command::new(BIN).args(train_args(&want, &LONG)).output().unwrap(), "uninterrupted");

    for resume_ranks in ["1", "3"] {
        let cut = scratch(&format!("cut-{resume_ranks}"));
        let mut child = mpirun()
            .args(["-np", "2", BIN])
            .args(train_args(
                &cut,
                &[&LONG[..], &["--distributed", "mpi", "--checkpoint-every", "5"]].concat(),
            ))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Kill the job once a checkpoint past step 0 is on disk.
        let started = Instant::now();
        loop {
            let step = std::fs::read(cut.join("checkpoint.json"))
                .ok()
                .and_then(|b| serde_json::from_slice::<serde_json::Value>(&b).ok())
                .and_then(|v| v["global_step"].as_u64())
                .unwrap_or(0);
            if step >= 5 {
                break;
            }
            assert!(started.elapsed() < Duration::from_secs(120), "no checkpoint after 2 minutes");
            std::thread::sleep(Duration::from_millis(5));
        }
        // mpirun passes SIGTERM to every rank.
        unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
        let _ = child.wait();
        assert!(
            !cut.join("run.json").exists() || record(&cut).epochs.len() < 3,
            "the run finished before the kill"
        );

        let out = mpirun()
            .args(["-np", resume_ranks, BIN, "train", "--distributed", "mpi", "--resume"])
            .arg(&cut)
            .output()
            .unwrap();
        ok(out, &format!("resume with {resume_ranks} ranks"));
        assert_same_run(&cut, &want, &format!("killed with 2 ranks, resumed with {resume_ranks}"));
    }
}
