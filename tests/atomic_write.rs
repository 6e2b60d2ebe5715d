//! A write killed midway leaves the old file intact: this test starts itself again as a child
//! process that begins replacing a file through `dpgpu::files`, writes half of the new content,
//! flushes it and stops; the parent kills it there (SIGKILL: no destructor, no cleanup) and reads
//! the file.

use std::io::Write;
use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

use dpgpu::files::{Access, write_atomic, write_atomic_with};

const CHILD_ENV: &str = "DPGPU_ATOMIC_WRITE_CHILD_DIR";
const OLD: &[u8] = b"{\"epochs\": [1, 2, 3]}\n";

/// The child's half: runs only when the parent started this test binary with `CHILD_ENV` set.
#[test]
fn child_writes_half_then_waits_to_be_killed() {
    let Some(dir) = std::env::var_os(CHILD_ENV).map(PathBuf::from) else { return };
    let new = vec![b'x'; 1 << 20];
    let _ = write_atomic_with(&dir.join("run.json"), Access::Public, |file| {
        file.write_all(&new[..new.len() / 2])?;
        file.sync_all()?;
        std::fs::write(dir.join("half-written"), b"")?;
        loop {
            std::thread::sleep(Duration::from_secs(1));
        }
    });
    unreachable!("the parent kills this process");
}

#[test]
fn a_write_killed_midway_leaves_the_old_file_intact() {
    let dir = std::env::temp_dir().join(format!("dpgpu-atomic-kill-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let target = dir.join("run.json");
    write_atomic(&target, OLD).unwrap();

    let mut child = Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "child_writes_half_then_waits_to_be_killed", "--nocapture", "--test-threads", "1"])
        .env(CHILD_ENV, &dir)
        .spawn()
        .unwrap();
    let started = Instant::now();
    while !dir.join("half-written").exists() {
        assert!(started.elapsed() < Duration::from_secs(60), "the child never wrote");
        assert!(child.try_wait().unwrap().is_none(), "the child exited before it was killed");
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap();
    child.wait().unwrap();

    assert_eq!(std::fs::read(&target).unwrap(), OLD, "the old file changed");
    // The half-written content exists, in a temporary file beside it: the kill did hit midway.
    let leftovers: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.file_name().to_string_lossy().starts_with(".run.json."))
        .collect();
    assert_eq!(leftovers.len(), 1, "{leftovers:?}");
    assert_eq!(leftovers[0].metadata().unwrap().len(), 1 << 19);
    // The next write replaces the file and ignores the leftover.
    write_atomic(&target, b"new").unwrap();
    assert_eq!(std::fs::read(&target).unwrap(), b"new");
}
