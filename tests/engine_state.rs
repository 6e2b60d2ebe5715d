//! The privacy engine users can rely on: `save`/`load` resume to the same parameters (without
//! noise, bit for bit; Adam's moments included) and the same ε, save no key and never replay a
//! step's noise; an engine built from a target ε spends at most it; secure mode accounts with
//! its effective σ and takes no seed.

mod common;

use burn::tensor::Tensor;
use common::{flat_params, onehot};
use dpgpu::device::ComputeDevice;
use dpgpu::engine::optim::DpOptimizer;
use dpgpu::engine::privacy_engine::{ENGINE_FILE, PrivacyEngine, PrivacyEngineConfig};
use dpgpu::models::Ffnn;
use dpgpu::privacy::accountant::{AccountantKind, Segment, epsilon, get_noise_multiplier};
use dpgpu::privacy::keys::KEY_FILE;

fn batch(dev: &ComputeDevice, shift: usize) -> (Tensor<2>, Tensor<2>, usize) {
    let v: Vec<f32> = (0..6 * 104).map(|k| ((k * 37 + 11 + shift) % 101) as f32 / 50.5 - 1.0).collect();
    let x = Tensor::<2>::from_data(burn::tensor::TensorData::new(v, [6, 104]), &dev.device);
    (x, onehot(&[0, 1, 1, 0, 1, shift % 2], 2, dev), 6)
}

fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("dpgpu-engine-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn save_and_load_resume_to_the_same_parameters_and_epsilon(dev: &ComputeDevice) {
    let fresh = || Ffnn::new(&dev.device, 104, 5);
    for optimizer in [DpOptimizer::Sgd, DpOptimizer::adam()] {
        // Without noise, a resumed run equals an uninterrupted one bit for bit: the model, the
        // step count and Adam's moments come back.
        let config = PrivacyEngineConfig {
            optimizer,
            lr: 0.01,
            sample_rate: 0.01,
            noise_multiplier: 0.0,
            ..PrivacyEngineConfig::default()
        };
        let mut straight = PrivacyEngine::new(config.clone(), 600, dev, &fresh()).unwrap();
        let mut want = fresh();
        for s in 0..5 {
            want = straight.step(want, vec![batch(dev, s)]).unwrap().0;
        }
        let dir = scratch(&format!("resume-{}", matches!(optimizer, DpOptimizer::Sgd)));
        let mut first = PrivacyEngine::new(config.clone(), 600, dev, &fresh()).unwrap();
        let mut model = fresh();
        for s in 0..2 {
            model = first.step(model, vec![batch(dev, s)]).unwrap().0;
        }
        first.save(&dir, &model).unwrap();
        drop((first, model));
        let (mut resumed, mut model) =
            PrivacyEngine::load(&dir, dev, Ffnn::new(&dev.device, 104, 99)).unwrap();
        assert_eq!(resumed.steps(), 2);
        for s in 2..5 {
            model = resumed.step(model, vec![batch(dev, s)]).unwrap().0;
        }
        let (got, want) = (flat_params(&model), flat_params(&want));
        let worst = got.iter().zip(&want).map(|(a, b)| (a - b).abs()).fold(0f32, f32::max);
        assert!(got == want, "{optimizer:?}: resumed parameters differ by up to {worst:e}");
        assert_eq!(resumed.steps(), 5);
    }

    // With noise: ε continues from the saved steps, and nothing in the folder holds a key.
    let config =
        PrivacyEngineConfig { sample_rate: 0.01, noise_seed: Some(11), ..PrivacyEngineConfig::default() };
    let mut engine = PrivacyEngine::new(config, 600, dev, &fresh()).unwrap();
    let mut model = fresh();
    for s in 0..2 {
        model = engine.step(model, vec![batch(dev, s)]).unwrap().0;
    }
    let dir = scratch("noisy");
    engine.save(&dir, &model).unwrap();
    let after_save = engine.step(model.clone(), vec![]).unwrap().0;
    let (mut resumed, loaded) = PrivacyEngine::load(&dir, dev, fresh()).unwrap();
    assert_eq!(flat_params(&loaded), flat_params(&model));
    let replayed = resumed.step(loaded.clone(), vec![]).unwrap().0;
    for _ in 0..2 {
        resumed.step(loaded.clone(), vec![batch(dev, 0)]).unwrap();
    }
    let accountant =
        epsilon(AccountantKind::Prv, &[Segment { noise_multiplier: 1.1, sample_rate: 0.01, steps: 5 }], 1e-5);
    assert_eq!(resumed.epsilon().unwrap(), accountant.unwrap().0);
    // Step 3 taken again from the save draws fresh noise, not the noise step 3 already used:
    // otherwise the difference of the two released models would hold no noise.
    let noise =
        |m: &Ffnn| flat_params(m).iter().zip(flat_params(&model)).map(|(a, b)| a - b).collect::<Vec<_>>();
    let (first_time, second_time) = (noise(&after_save), noise(&replayed));
    let same = first_time.iter().zip(&second_time).filter(|(a, b)| a == b).count();
    assert!(same < first_time.len() / 100, "{same} of {} noise values repeated", first_time.len());
    for entry in std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap()) {
        let name = entry.file_name().to_string_lossy().into_owned();
        assert!(name == ENGINE_FILE || name.starts_with("engine-model-"), "unexpected file {name}");
    }
    assert!(!std::fs::read_to_string(dir.join(ENGINE_FILE)).unwrap().contains("seed"));
}

#[test]
fn a_saved_engine_refuses_a_different_model_and_edited_counters() {
    let dev = common::cpu();
    let model = Ffnn::new(&dev.device, 104, 5);
    let config = PrivacyEngineConfig { sample_rate: 0.01, ..PrivacyEngineConfig::default() };
    let b = scratch("refuse");
    PrivacyEngine::new(config, 600, &dev, &model).unwrap().save(&b, &model).unwrap();
    // A model of another shape does not load.
    let other = Ffnn::new(&dev.device, 50, 5);
    let err = PrivacyEngine::load(&b, &dev, other).err().unwrap().to_string();
    assert!(err.contains("engine-model-0.bpk"), "{err}");
    // An Adam engine whose steps were edited down (which would under-report epsilon) is refused.
    let adam = PrivacyEngineConfig {
        optimizer: DpOptimizer::adam(),
        sample_rate: 0.01,
        ..PrivacyEngineConfig::default()
    };
    let c = scratch("edited");
    let mut engine = PrivacyEngine::new(adam, 600, &dev, &model).unwrap();
    let stepped = engine.step(model.clone(), vec![batch(&dev, 0), batch(&dev, 1)]).unwrap().0;
    let stepped = engine.step(stepped, vec![batch(&dev, 2)]).unwrap().0;
    engine.save(&c, &stepped).unwrap();
    let text = std::fs::read_to_string(c.join(ENGINE_FILE)).unwrap().replace("\"steps\":2", "\"steps\":1");
    std::fs::write(c.join(ENGINE_FILE), text).unwrap();
    let err = PrivacyEngine::load(&c, &dev, model.clone()).err().unwrap().to_string();
    assert!(err.contains(ENGINE_FILE) && err.contains("inconsistent counters"), "{err}");
    // So is an SGD engine whose steps alone were edited (its model file names the step).
    let sgd = PrivacyEngineConfig { sample_rate: 0.01, ..PrivacyEngineConfig::default() };
    let d = scratch("edited-sgd");
    let mut engine = PrivacyEngine::new(sgd, 600, &dev, &model).unwrap();
    let stepped = engine.step(model.clone(), vec![batch(&dev, 0)]).unwrap().0;
    engine.save(&d, &stepped).unwrap();
    let text = std::fs::read_to_string(d.join(ENGINE_FILE)).unwrap().replace("\"steps\":1", "\"steps\":0");
    std::fs::write(d.join(ENGINE_FILE), text).unwrap();
    let err = PrivacyEngine::load(&d, &dev, model.clone()).err().unwrap().to_string();
    assert!(err.contains("inconsistent counters"), "{err}");
    // Adam's moments cut short do not load.
    let text = std::fs::read_to_string(c.join(ENGINE_FILE)).unwrap().replace("\"steps\":1", "\"steps\":2");
    let mut state: serde_json::Value = serde_json::from_str(&text).unwrap();
    state["optimizer"]["moments"][0]["m"] = serde_json::json!([0.0]);
    std::fs::write(c.join(ENGINE_FILE), state.to_string()).unwrap();
    let err = PrivacyEngine::load(&c, &dev, model.clone()).err().unwrap().to_string();
    assert!(err.contains("moments") && err.contains("do not fit"), "{err}");
    std::fs::write(b.join(ENGINE_FILE), b"{\"format\": 1").unwrap();
    let err = PrivacyEngine::load(&b, &dev, model).err().unwrap().to_string();
    assert!(err.contains(ENGINE_FILE), "{err}");
}

#[test]
fn an_engine_from_a_target_epsilon_spends_at_most_it() {
    let dev = common::cpu();
    let model = Ffnn::new(&dev.device, 104, 5);
    for accountant in [AccountantKind::Prv, AccountantKind::Rdp] {
        let config = PrivacyEngineConfig { sample_rate: 0.05, accountant, ..PrivacyEngineConfig::default() };
        let engine = PrivacyEngine::with_target_epsilon(config, 2.0, 3.0, 600, &dev, &model).unwrap();
        // Three epochs of ceil(1 / 0.05) = 20 steps.
        let sigma = engine.config().noise_multiplier;
        assert_eq!(sigma, get_noise_multiplier(2.0, 1e-5, 0.05, 60, accountant).unwrap());
        let spent =
            epsilon(accountant, &[Segment { noise_multiplier: sigma, sample_rate: 0.05, steps: 60 }], 1e-5);
        let spent = spent.unwrap().0;
        assert!(spent <= 2.0 && spent > 1.9, "{accountant:?}: sigma {sigma} spends {spent}");
    }
    let config = PrivacyEngineConfig::default();
    let err = PrivacyEngine::with_target_epsilon(config, -1.0, 3.0, 600, &dev, &model).err().unwrap();
    assert!(err.to_string().contains("target_epsilon"), "{err}");
}

#[test]
fn secure_mode_accounts_with_its_effective_sigma_and_keeps_no_key() {
    let dev = common::cpu();
    let model = Ffnn::new(&dev.device, 104, 5);
    let config =
        PrivacyEngineConfig { sample_rate: 0.05, secure_mode: true, ..PrivacyEngineConfig::default() };
    let engine = PrivacyEngine::with_target_epsilon(config.clone(), 2.0, 1.0, 600, &dev, &model).unwrap();
    let nominal = engine.config().noise_multiplier;
    let calibrated = get_noise_multiplier(2.0, 1e-5, 0.05, 20, AccountantKind::Prv).unwrap();
    assert!(nominal > calibrated, "secure mode raises sigma ({nominal} vs {calibrated})");
    let mut engine = engine;
    let mut m = model.clone();
    for s in 0..20 {
        m = engine.step(m, vec![batch(&dev, s)]).unwrap().0;
    }
    assert!(flat_params(&m).iter().all(|v| v.is_finite()));
    let spent = engine.epsilon().unwrap();
    let at_nominal = epsilon(
        AccountantKind::Prv,
        &[Segment { noise_multiplier: nominal, sample_rate: 0.05, steps: 20 }],
        1e-5,
    );
    // Charged for the effective (smaller) sigma: more than the nominal one, still within the target.
    assert!(spent > at_nominal.unwrap().0 && spent <= 2.0, "spent {spent}");
    let dir = scratch("secure");
    engine.save(&dir, &m).unwrap();
    assert!(!dir.join(KEY_FILE).exists(), "secure mode has no key to keep");
    let (loaded, _) = PrivacyEngine::load(&dir, &dev, model.clone()).unwrap();
    assert_eq!((loaded.steps(), loaded.epsilon().unwrap()), (20, spent));
    // A seed has no meaning in secure mode: refused rather than ignored.
    let seeded = PrivacyEngineConfig { noise_seed: Some(1), ..config };
    let err = PrivacyEngine::new(seeded, 600, &dev, &model).err().unwrap().to_string();
    assert!(err.contains("noise_seed"), "{err}");
}

on_every_backend!(save_and_load_resume_to_the_same_parameters_and_epsilon);
