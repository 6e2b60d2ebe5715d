// ReduceKernelFused (1 dispatches per step under this name)
var<workgroup> shared_v329: array<vec2<f32>, 16>;
@group(0) @binding(4) var<storage, read_write> v31: array<f32>;
@group(0) @binding(3) var<storage, read_write> v19: array<f32>;
@group(0) @binding(2) var<storage, read_write> v13: array<vec2<f32>>;
@group(0) @binding(1) var<storage, read_write> v7: array<f32>;
@group(0) @binding(0) var<storage, read_write> v1: array<vec2<f32>>;
struct info_st { scalars_usize: array<u32, 14>, scalars_f32: array<f32, 2>, static_meta: array<u32, 16>, dynamic_meta: array<u32> }
@group(0) @binding(5) var<storage, read> info_var: info_st;
@compute @workgroup_size(8, 2, 1)
fn reduce_kernel_fused_in_f32_size_in_2_out_f32_size_out_1_acc_f32_1ffc4618(@builtin(local_invocation_index) v536: u32, @builtin(workgroup_id) v543: vec3<u32>, @builtin(num_workgroups) v545: vec3<u32>) {
let v568 = &v31;
let v569 = &v19;
let v570 = &v13;
let v571 = &v7;
let v572 = &v1;
var<function> inv_return_flag_v438_store: bool= true;
let inv_return_flag_v438 = &inv_return_flag_v438_store;
let v5 = u32(0);
let v25 = info_var.scalars_f32[0];
let v32 = info_var.scalars_usize[10];
let v444 = info_var.static_meta[4];
let v37 = info_var.scalars_usize[12];
let v39 = f32(0.0);
let v40 = vec2<f32>(v39);
var<function> v445_store: vec2<f32>;
let v445 = &v445_store;
*v445 = v40;
let v42 = *v445;
var<function> v446_store: vec2<f32>;
let v446 = &v446_store;
*v446 = v42;
// Init locals begin
var<function> v447_store: array<u32, 2>= array<u32, 2>();
let v447 = &v447_store;
let v46 = u32(2);
var<function> v448_store: array<u32, 2>= array<u32, 2>();
let v448 = &v448_store;
let v449 = info_var.static_meta[5];
let v451 = info_var.dynamic_meta[v449];
let v452 = info_var.static_meta[10];
let v454 = info_var.dynamic_meta[v452];
let v62 = &(*v447)[v5];
*v62 = v451;
let v63 = u32(1);
let v64 = v451 == v63;
let v66 = max(v454, v63);
let v67 = select(v454, v66, v64);
let v72 = &(*v448)[v5];
*v72 = v67;
let v456 = v449 + v63;
let v457 = info_var.dynamic_meta[v456];
let v459 = v452 + v63;
let v460 = info_var.dynamic_meta[v459];
let v83 = &(*v447)[v63];
*v83 = v457;
let v85 = v457 == v63;
let v87 = max(v460, v63);
let v88 = select(v460, v87, v85);
let v93 = &(*v448)[v63];
*v93 = v88;
// Init locals end
// Init locals begin
var<function> v461_store: array<u32, 2>= array<u32, 2>();
let v461 = &v461_store;
var<function> v462_store: array<u32, 2>= array<u32, 2>();
let v462 = &v462_store;
let v463 = info_var.static_meta[9];
let v465 = info_var.dynamic_meta[v463];
let v466 = info_var.static_meta[14];
let v468 = info_var.dynamic_meta[v466];
let v113 = &(*v461)[v5];
*v113 = v465;
let v115 = v465 == v63;
let v117 = max(v468, v63);
let v118 = select(v468, v117, v115);
let v123 = &(*v462)[v5];
*v123 = v118;
let v470 = v463 + v63;
let v471 = info_var.dynamic_meta[v470];
let v473 = v466 + v63;
let v474 = info_var.dynamic_meta[v473];
let v134 = &(*v461)[v63];
*v134 = v471;
let v136 = v471 == v63;
let v138 = max(v474, v63);
let v139 = select(v474, v138, v136);
let v144 = &(*v462)[v63];
*v144 = v139;
// Init locals end
let v544 = v543[2];
let v520 = u32(v544);
let v546 = v545[1];
let v522 = u32(v546);
let v523 = v520 * v522;
let v547 = v545[0];
let v525 = u32(v547);
let v526 = v523 * v525;
let v548 = v543[1];
let v528 = u32(v548);
let v531 = v528 * v525;
let v532 = v526 + v531;
let v550 = v543[0];
let v534 = u32(v550);
let v535 = v532 + v534;
var<function> v475_store: f32;
let v475 = &v475_store;
*v475 = v39;
let v159 = &(*v447)[v37];
let v160 = *v159;
var<function> v476_store: f32;
let v476 = &v476_store;
let v162 = *v475;
*v476 = v162;
var<function> v477_store: u32;
let v477 = &v477_store;
*v477 = v160;
var<function> v478_store: u32;
let v478 = &v478_store;
*v478 = v535;
let v537 = v536;
let v166 = u32(v537);
let v171 = v535 >= v32;
if v171 {
let v172 = false;
*inv_return_flag_v438 = v172;

}
let v173 = *inv_return_flag_v438;
if v173 {
var<function> v479_store: u32;
let v479 = &v479_store;
*v479 = v5;
for(var v183: u32 = v5; v183 < v46; v183 += v63) {
let v188 = &(*v462)[v183];
let v189 = *v188;
let v190 = v535 / v189;
let v194 = &(*v461)[v183];
let v195 = *v194;
let v196 = v190 % v195;
let v200 = &(*v448)[v183];
let v201 = *v200;
let v202 = v196 * v201;
let v203 = *v479;
let v204 = v203 + v202;
*v479 = v204;

}
let v205 = *v479;
let v207 = v205 / v46;
*v479 = v207;
let v212 = *v159;
let v214 = v212 / v46;
var<function> v481_store: vec2<f32>;
let v481 = &v481_store;
*v481 = v40;
var<function> v482_store: vec2<f32>;
let v482 = &v482_store;
*v482 = v40;
var<function> v483_store: vec2<f32>;
let v483 = &v483_store;
*v483 = v40;
let v560 = u32(16);
let v228 = v214 + v560;
let v230 = v228 - v63;
let v231 = v230 / v560;
for(var v234: u32 = v5; v234 < v231; v234 += v63) {
let v238 = v234 * v560;
let v241 = v238 + v166;
let v242 = *v479;
let v243 = v241 + v242;
let v244 = v241 < v214;
var<function> v485_store: vec2<f32>;
let v485 = &v485_store;
if v244 {
// Fuse on read begin
let v249 = &(*v572)[v243];
let v250 = *v249;
let v253 = v243 * v46;
var<function> v486_store: u32;
let v486 = &v486_store;
*v486 = v5;
let v262 = *v72;
let v263 = v253 / v262;
let v487 = info_var.static_meta[6];
let v489 = info_var.dynamic_meta[v487];
let v267 = v263 % v489;
let v490 = info_var.static_meta[11];
let v492 = info_var.dynamic_meta[v490];
let v271 = v267 * v492;
let v272 = *v486;
let v273 = v272 + v271;
*v486 = v273;
let v279 = *v93;
let v280 = v253 / v279;
let v494 = v487 + v63;
let v495 = info_var.dynamic_meta[v494];
let v284 = v280 % v495;
let v497 = v490 + v63;
let v498 = info_var.dynamic_meta[v497];
let v288 = v284 * v498;
let v289 = *v486;
let v290 = v289 + v288;
*v486 = v290;
let v292 = *v486;
let v298 = &(*v571)[v292];
let v299 = *v298;
let v300 = vec2<f32>(v299);
let v305 = &(*v570)[v243];
let v306 = *v305;
let v307 = v250 * v300;
let v308 = v307 * v306;
let v309 = vec2<f32>(v25);
let v310 = v308 * v309;
*v249 = v308;
*v446 = v310;
let v316 = *v446;
// Fuse on read end
*v485 = v316;

} else {
*v485 = v40;

}
let v324 = *v485;
let v325 = *v483;
let v326 = v325 + v324;
*v483 = v326;

}
let v499 = &shared_v329;
let v336 = &(*v499)[v166];
let v337 = *v483;
*v336 = v337;
workgroupBarrier();
var<function> v500_store: vec2<f32>;
let v500 = &v500_store;
*v500 = v40;
var<function> v501_store: vec2<f32>;
let v501 = &v501_store;
*v501 = v40;
var<function> v502_store: u32;
let v502 = &v502_store;
*v502 = v560;
var<function> v503_store: u32;
let v503 = &v503_store;
*v503 = v63;
loop {
let v350 = *v502;
let v352 = v350 > v63;
if !v352 { break; }
let v354 = *v502;
let v356 = v354 / v46;
*v502 = v356;
let v357 = *v503;
let v359 = v357 * v46;
let v360 = v359 * v166;
let v362 = v46 * v166;
let v364 = v362 + v63;
let v366 = v357 * v364;
let v367 = *v502;
let v368 = v166 < v367;
if v368 {
let v372 = &(*v499)[v360];
let v373 = *v372;
var<function> v505_store: vec2<f32>;
let v505 = &v505_store;
*v505 = v373;
let v378 = &(*v499)[v366];
let v379 = *v378;
let v380 = *v505;
let v381 = v380 + v379;
*v505 = v381;
let v386 = *v505;
*v372 = v386;

}
let v387 = *v503;
let v389 = v387 * v46;
*v503 = v389;
workgroupBarrier();

}
workgroupBarrier();
let v394 = &(*v499)[v5];
let v395 = *v394;
let v396 = *v501;
let v397 = v396 + v395;
*v501 = v397;
let v399 = v166 == v5;
if v399 {
let v400 = *v501;
var<function> v518_store: f32;
let v518 = &v518_store;
*v518 = v39;
let v509 = v400[0];
let v510 = *v518;
let v511 = v510 + v509;
*v518 = v511;
let v512 = v400[1];
let v513 = *v518;
let v514 = v513 + v512;
*v518 = v514;
let v515 = *v518;
*v476 = v515;

}
if v399 {
let v405 = *v478;
let v406 = u32(v405);
let v407 = u32(v406);
let v421 = v407 < v32;
if v421 {
let v423 = v407 < v444;
if v423 {
// Fuse on write begin
let v424 = *v476;
let v429 = &(*v569)[v407];
let v430 = *v429;
let v516 = f32(1.0);
let v517 = v516 / v430;
let v432 = v424 * v517;
let v437 = &(*v568)[v407];
*v437 = v432;
// Fuse on write end

}

}

}

}
return;

}
