//! Durable, atomic file writes for everything dpgpu writes (run records, checkpoints, model
//! records, result files, reports, the secret key file).
//!
//! A file is written in full to a temporary file in the same folder (`tempfile`), flushed to
//! disk (`fsync`), renamed over the target, and the folder is flushed so the rename survives a
//! crash too. A process killed at any point leaves either the old file or the new one, never an
//! empty or torn one; a failed write removes its temporary file. A kill can leave a hidden
//! `.NAME.XXXXXX.tmp` beside the target, which the next write ignores.

use std::fs::File;
use std::io::Write;
use std::path::Path;

use crate::error::{Error, Result};

/// Who may read a written file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// Readable as any new file of this user (mode 0666 less the umask on Unix).
    Public,
    /// The owner alone (mode 0600 on Unix), from the moment the file exists: for secrets.
    OwnerOnly,
}

/// Writes `bytes` to `path` atomically and durably (see the module documentation).
///
/// # Errors
/// [`Error::Write`] naming `path` when the folder, the temporary file, the flush or the rename
/// fails; the old file, if any, is then unchanged.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomic_with(path, Access::Public, |file| file.write_all(bytes))
}

/// Writes `path` atomically and durably with `fill`, which writes the whole content into the
/// temporary file it is given.
///
/// # Errors
/// [`Error::Write`] naming `path`, as [`write_atomic`], including an error `fill` returns.
pub fn write_atomic_with(
    path: &Path,
    access: Access,
    fill: impl FnOnce(&mut File) -> std::io::Result<()>,
) -> Result<()> {
    persist(path, access, |tmp| fill(tmp.as_file_mut()))
}

/// Writes `path` atomically and durably with `fill`, which is given the temporary file's path
/// (ending in `path`'s extension) and writes it itself: for writers that open their own file,
/// such as Burn's file recorders and plotters' bitmap backend.
///
/// # Errors
/// [`Error::Write`] naming `path`, as [`write_atomic`], including an error `fill` returns.
pub fn write_atomic_via_path(path: &Path, fill: impl FnOnce(&Path) -> std::io::Result<()>) -> Result<()> {
    persist(path, Access::Public, |tmp| {
        fill(tmp.path())?;
        // `fill` wrote through its own handle: flush the file as it now is on disk.
        std::fs::OpenOptions::new().write(true).open(tmp.path())?.sync_all()
    })
}

fn persist(
    path: &Path,
    access: Access,
    fill: impl FnOnce(&mut tempfile::NamedTempFile) -> std::io::Result<()>,
) -> Result<()> {
    let fail = |source| Error::Write { path: path.to_path_buf(), source };
    let name = path.file_name().ok_or_else(|| fail(std::io::Error::other("the path names no file")))?;
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(dir).map_err(fail)?;
    // `.NAME.XXXXXX.tmp.EXT`: hidden, and keeping the extension for writers that set it.
    let suffix = match path.extension() {
        Some(ext) => format!(".tmp.{}", ext.to_string_lossy()),
        None => ".tmp".to_string(),
    };
    let prefix = format!(".{}.", name.to_string_lossy());
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(&suffix);
    #[cfg(unix)]
    if access == Access::Public {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    #[cfg(not(unix))]
    let _ = access;
    let mut tmp = builder.tempfile_in(dir).map_err(fail)?;
    // On an error the temporary file is dropped, which deletes it.
    fill(&mut tmp).map_err(fail)?;
    tmp.as_file().sync_all().map_err(fail)?;
    tmp.persist(path).map_err(|e| fail(e.error))?;
    sync_dir(dir).map_err(fail)
}

/// Removes the files of `dir` named `<prefix>...<suffix>` other than `keep`: the model records
/// a newer save has superseded. Best effort: a file that cannot be removed stays.
pub(crate) fn remove_superseded(dir: &Path, prefix: &str, suffix: &str, keep: &str) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with(prefix) && name.ends_with(suffix) && name != keep {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Flushes a folder's entries (the rename) to disk; a no-op where folders cannot be opened.
fn sync_dir(dir: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    File::open(dir)?.sync_all()?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("dpgpu-files-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn entries(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn a_failed_write_keeps_the_old_file_and_leaves_nothing_behind() {
        let dir = scratch("fail");
        let path = dir.join("run.json");
        write_atomic(&path, b"old").unwrap();
        let err = write_atomic_with(&path, Access::Public, |f| {
            f.write_all(b"half of the ne")?;
            Err(std::io::Error::other("disk full"))
        })
        .unwrap_err();
        assert!(err.to_string().contains("run.json") && err.to_string().contains("disk full"), "{err}");
        assert_eq!(std::fs::read(&path).unwrap(), b"old");
        assert_eq!(entries(&dir), ["run.json"]);
        write_atomic(&path, b"new").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"new");
        assert_eq!(entries(&dir), ["run.json"]);
    }

    #[test]
    fn via_path_keeps_the_extension_and_creates_the_folder() {
        let dir = scratch("via");
        let path = dir.join("sub").join("model.bpk");
        write_atomic_via_path(&path, |tmp| {
            assert_eq!(tmp.extension().unwrap(), "bpk");
            assert_eq!(tmp.parent(), path.parent());
            std::fs::write(tmp, b"record")
        })
        .unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"record");
        assert_eq!(entries(&dir.join("sub")), ["model.bpk"]);
    }

    #[cfg(unix)]
    #[test]
    fn owner_only_files_are_mode_0600_and_public_ones_follow_the_umask() {
        use std::os::unix::fs::PermissionsExt;
        let dir = scratch("mode");
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        let secret = dir.join("secret.json");
        write_atomic_with(&secret, Access::OwnerOnly, |f| f.write_all(b"k")).unwrap();
        assert_eq!(mode(&secret), 0o600);
        let public = dir.join("public.json");
        write_atomic(&public, b"p").unwrap();
        // 0666 less the umask: the same mode a plain new file gets.
        let plain = dir.join("plain");
        std::fs::write(&plain, b"p").unwrap();
        assert_eq!(mode(&public), mode(&plain));
    }
}
