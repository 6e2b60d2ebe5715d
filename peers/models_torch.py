"""The six models in PyTorch, for Opacus, with dpgpu's parameter names, and the DP step three ways:

- ``opacus``: Opacus' ``GradSampleModule`` hooks materialise per-sample gradients, ``DPOptimizer``
  clips (min(1, C / (‖g_i‖ + 1e-6)), norm over all parameters), sums, adds N(0, σ²C²) and divides
  by ``expected_batch_size`` = the configured batch size (also for a smaller remainder batch);
- ``opacus-ghost``: Opacus' fast gradient clipping with ghost clipping
  (``GradSampleModuleFastGradientClipping(use_ghost_clipping=True)``): per-sample gradient norms
  without per-sample gradients where Opacus has a norm sampler (Linear, Embedding), per-sample
  gradients then norms elsewhere (Conv2d), then a second backward pass on the clip-weighted loss;
- ``nonprivate``: plain SGD on the mean loss.

Layers are nn.Linear / nn.Conv2d / nn.Embedding so Opacus' own grad samplers apply. The LSTM is
built from one nn.Linear(200 → 400) cell applied at each of the 256 time steps (Opacus accumulates
the per-sample gradients of a module called several times). Loading dpgpu parameters transposes the
Linear weights (Burn ``[d_in, d_out]`` → torch ``[d_out, d_in]``).
"""

from __future__ import annotations

import warnings
from collections import OrderedDict

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

import common

# Opacus' hooks fire on module outputs when the input needs no gradient (the first layer); harmless.
warnings.filterwarnings("ignore", message="Full backward hook is firing")


class UnsupportedError(Exception):
    """The library cannot run this model/variant (reported as status "unsupported")."""


class LogReg(nn.Module):
    def __init__(self):
        super().__init__()
        self.linear = nn.Linear(common.ADULT_FEATURES, 1)

    def forward(self, x):
        return self.linear(x)


class Ffnn(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(common.ADULT_FEATURES, 50)
        self.fc2 = nn.Linear(50, 2)

    def forward(self, x):
        return self.fc2(F.relu(self.fc1(x)))


class MnistCnn(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 16, 8, stride=2, padding=3)  # SAME: 28 → 14
        self.conv2 = nn.Conv2d(16, 32, 4, stride=2)  # VALID: 13 → 5
        self.fc1 = nn.Linear(512, 32)
        self.fc2 = nn.Linear(32, 10)

    def forward(self, x):
        x = F.max_pool2d(F.relu(self.conv1(x)), 2, stride=1)  # [B, 16, 13, 13]
        x = F.max_pool2d(F.relu(self.conv2(x)), 2, stride=1)  # [B, 32, 4, 4]
        x = x.flatten(1)  # (c, h, w), as dpgpu
        return self.fc2(F.relu(self.fc1(x)))


class EmbedNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.embedding = nn.Embedding(common.VOCAB, 16)
        self.fc1 = nn.Linear(16, 16)
        self.fc2 = nn.Linear(16, 2)

    def forward(self, x):
        e = self.embedding(x).mean(dim=1)
        return self.fc2(F.relu(self.fc1(e)))


class Lstm(nn.Module):
    """One LSTM layer: ``gates`` = Linear(D + H → 4H) on ``[x_t; h_{t-1}]``, gates (i, g, f, o),
    zero initial state, unrolled over time in Python. Returns all hidden outputs ``[B, T, H]``."""

    def __init__(self, d_in, hidden):
        super().__init__()
        self.hidden = hidden
        self.gates = nn.Linear(d_in + hidden, 4 * hidden)

    def forward(self, x):
        batch, steps, _ = x.shape
        h = x.new_zeros(batch, self.hidden)
        c = x.new_zeros(batch, self.hidden)
        out = []
        for t in range(steps):
            z = self.gates(torch.cat([x[:, t], h], dim=1))
            i, g, f, o = z.chunk(4, dim=1)
            c = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
            h = torch.sigmoid(o) * torch.tanh(c)
            out.append(h)
        return torch.stack(out, dim=1)


class LstmNet(nn.Module):
    def __init__(self):
        super().__init__()
        h = common.LSTM_HIDDEN
        self.embedding = nn.Embedding(common.VOCAB, h)
        self.lstm = Lstm(h, h)
        self.fc = nn.Linear(h, 2)

    def forward(self, x):
        hs = self.lstm(self.embedding(x))  # [B, T, H]
        return self.fc(hs.mean(dim=1))


class Cifar10Cnn(nn.Module):
    def __init__(self):
        super().__init__()
        self.convs = nn.ModuleList(nn.Conv2d(i, o, 3, padding=1) for i, o in common.CIFAR_CHANNELS)

    def forward(self, x):
        n = len(self.convs)
        for i, conv in enumerate(self.convs):
            x = conv(x)
            if i + 1 < n:
                x = F.relu(x)
            if i in (1, 3, 5):
                x = F.avg_pool2d(x, 2)
        return x.mean(dim=(2, 3))


MODELS = {
    "logreg": LogReg,
    "ffnn": Ffnn,
    "mnist": MnistCnn,
    "embed": EmbedNet,
    "lstm": LstmNet,
    "cifar10": Cifar10Cnn,
}


def build(experiment: str, params) -> nn.Module:
    """The model with dpgpu's parameters ``params`` (dpgpu layout) loaded."""
    common.check_params(experiment, params)
    model = MODELS[experiment]()
    linear_weights = {f"{name}.weight" for name, m in model.named_modules() if isinstance(m, nn.Linear)}
    names = [n for n, _ in model.named_parameters()]
    if names != list(params.keys()):
        raise AssertionError(f"torch names {names} != dpgpu names {list(params.keys())}")
    state = OrderedDict()
    for name, value in params.items():
        v = np.ascontiguousarray(value.T if name in linear_weights else value)
        state[name] = torch.from_numpy(v.astype(np.float32).copy())
    model.load_state_dict(state, strict=True)
    count = sum(p.numel() for p in model.parameters())
    assert count == common.PARAM_COUNTS[experiment], (experiment, count)
    model._dpgpu_linear_weights = linear_weights
    return model


def export(model: nn.Module) -> "OrderedDict[str, np.ndarray]":
    """The parameters in dpgpu's layout."""
    out = OrderedDict()
    for name, p in model.named_parameters():
        name = name.removeprefix("_module.")
        v = p.detach().cpu().numpy()
        out[name] = np.ascontiguousarray(v.T if name in model._dpgpu_linear_weights else v)
    return out


def criterion(experiment: str, reduction: str = "mean"):
    """``f(logits, y)``: BCE on the logit (logreg) or softmax cross-entropy, with a ``reduction``
    attribute as Opacus' DPLossFastGradientClipping wants."""
    if experiment == "logreg":

        class Bce(nn.Module):
            def __init__(self):
                super().__init__()
                self.reduction = reduction

            def forward(self, logits, y):
                return F.binary_cross_entropy_with_logits(logits[:, 0], y.to(logits.dtype), reduction=self.reduction)

        return Bce()
    return nn.CrossEntropyLoss(reduction=reduction)


class Trainer:
    """What ``run.py`` times for library ``opacus`` / ``opacus-ghost`` (private) or plain PyTorch
    (``private=False``)."""

    def __init__(self, experiment, params, *, library, private, batch_size, lr, noise_multiplier,
                 max_grad_norm, seed, device="cpu"):
        self.experiment = experiment
        self.device = torch.device(device)
        self.private = private
        self.ghost = library == "opacus-ghost"
        model = build(experiment, params).to(self.device)
        self.model = model
        self.loss = criterion(experiment)
        self.int_input = common.input_spec(experiment)[1] == np.int32
        sgd = torch.optim.SGD(model.parameters(), lr=lr, momentum=0.0)
        generator = None
        if private:
            generator = torch.Generator(device=self.device)
            generator.manual_seed(seed)
        if not private:
            self.module, self.optimizer = model, sgd
        elif not self.ghost:
            from opacus import GradSampleModule
            from opacus.optimizers import DPOptimizer

            self.module = GradSampleModule(model, batch_first=True, loss_reduction="mean")
            self.optimizer = DPOptimizer(
                sgd,
                noise_multiplier=noise_multiplier,
                max_grad_norm=max_grad_norm,
                expected_batch_size=batch_size,
                loss_reduction="mean",
                generator=generator,
            )
        else:
            from opacus.grad_sample import GradSampleModuleFastGradientClipping
            from opacus.optimizers import DPOptimizerFastGradientClipping
            from opacus.utils.fast_gradient_clipping_utils import DPLossFastGradientClipping

            self.module = GradSampleModuleFastGradientClipping(
                model, batch_first=True, loss_reduction="mean", max_grad_norm=max_grad_norm,
                use_ghost_clipping=True,
            )
            self.optimizer = DPOptimizerFastGradientClipping(
                sgd,
                noise_multiplier=noise_multiplier,
                max_grad_norm=max_grad_norm,
                expected_batch_size=batch_size,
                loss_reduction="mean",
                generator=generator,
            )
            self.loss = DPLossFastGradientClipping(self.module, self.optimizer, self.loss, loss_reduction="mean")

    def step(self, x, y):
        # numpy in: the host→device copy is inside the timed region, as in the paper.
        xb = torch.from_numpy(x).to(self.device, non_blocking=True)
        if self.int_input:
            xb = xb.long()
        yb = torch.from_numpy(y).to(self.device, non_blocking=True).long()
        self.optimizer.zero_grad(set_to_none=True)
        try:
            loss = self.loss(self.module(xb), yb)
            loss.backward()
        except NotImplementedError as e:
            why = ""
            if "tying" in str(e):
                why = (" (ghost clipping gets a layer's per-example gradient norm from one activation/backprop"
                       " pair per forward call; a layer called several times per example, as the LSTM's gate"
                       " Linear at each of the 256 time steps, has a per-example gradient that is the sum over"
                       " the calls, whose norm that trick cannot give)")
            raise UnsupportedError(f"Opacus: {e}{why}") from e
        self.optimizer.step()

    def sync(self):
        if self.device.type == "cuda":
            torch.cuda.synchronize()

    def numpy_params(self):
        return export(self.model)


def backend_and_adapter(device="cpu"):
    if torch.device(device).type == "cuda":
        return "cuda", torch.cuda.get_device_name()
    return "cpu", common.cpu_name()
