// ReduceKernelFused (1 dispatches per step under this name)
@group(0) @binding(4) var<storage, read_write> v31: array<f32>;
@group(0) @binding(3) var<storage, read_write> v19: array<f32>;
@group(0) @binding(2) var<storage, read_write> v13: array<vec2<f32>>;
@group(0) @binding(1) var<storage, read_write> v7: array<f32>;
@group(0) @binding(0) var<storage, read_write> v1: array<vec2<f32>>;
struct info_st { scalars_usize: array<u32, 14>, scalars_f32: array<f32, 2>, static_meta: array<u32, 16>, dynamic_meta: array<u32> }
@group(0) @binding(5) var<storage, read> info_var: info_st;
@compute @workgroup_size(8, 8, 1)
fn reduce_kernel_fused_in_f32_size_in_2_out_f32_size_out_1_acc_f32_c02c53c2(@builtin(workgroup_id) v434: vec3<u32>, @builtin(num_workgroups) v436: vec3<u32>, @builtin(local_invocation_index) v443: u32) {
let v460 = &v31;
let v461 = &v19;
let v462 = &v13;
let v463 = &v7;
let v464 = &v1;
var<function> inv_return_flag_v338_store: bool= true;
let inv_return_flag_v338 = &inv_return_flag_v338_store;
let v5 = u32(0);
let v25 = info_var.scalars_f32[0];
let v32 = info_var.scalars_usize[10];
let v344 = info_var.static_meta[4];
let v37 = info_var.scalars_usize[12];
let v39 = f32(0.0);
let v40 = vec2<f32>(v39);
var<function> v345_store: vec2<f32>;
let v345 = &v345_store;
*v345 = v40;
let v42 = *v345;
var<function> v346_store: vec2<f32>;
let v346 = &v346_store;
*v346 = v42;
// Init locals begin
var<function> v347_store: array<u32, 2>= array<u32, 2>();
let v347 = &v347_store;
let v46 = u32(2);
var<function> v348_store: array<u32, 2>= array<u32, 2>();
let v348 = &v348_store;
let v349 = info_var.static_meta[5];
let v351 = info_var.dynamic_meta[v349];
let v352 = info_var.static_meta[10];
let v354 = info_var.dynamic_meta[v352];
let v62 = &(*v347)[v5];
*v62 = v351;
let v63 = u32(1);
let v64 = v351 == v63;
let v66 = max(v354, v63);
let v67 = select(v354, v66, v64);
let v72 = &(*v348)[v5];
*v72 = v67;
let v356 = v349 + v63;
let v357 = info_var.dynamic_meta[v356];
let v359 = v352 + v63;
let v360 = info_var.dynamic_meta[v359];
let v83 = &(*v347)[v63];
*v83 = v357;
let v85 = v357 == v63;
let v87 = max(v360, v63);
let v88 = select(v360, v87, v85);
let v93 = &(*v348)[v63];
*v93 = v88;
// Init locals end
// Init locals begin
var<function> v361_store: array<u32, 2>= array<u32, 2>();
let v361 = &v361_store;
var<function> v362_store: array<u32, 2>= array<u32, 2>();
let v362 = &v362_store;
let v363 = info_var.static_meta[9];
let v365 = info_var.dynamic_meta[v363];
let v366 = info_var.static_meta[14];
let v368 = info_var.dynamic_meta[v366];
let v113 = &(*v361)[v5];
*v113 = v365;
let v115 = v365 == v63;
let v117 = max(v368, v63);
let v118 = select(v368, v117, v115);
let v123 = &(*v362)[v5];
*v123 = v118;
let v370 = v363 + v63;
let v371 = info_var.dynamic_meta[v370];
let v373 = v366 + v63;
let v374 = info_var.dynamic_meta[v373];
let v134 = &(*v361)[v63];
*v134 = v371;
let v136 = v371 == v63;
let v138 = max(v374, v63);
let v139 = select(v374, v138, v136);
let v144 = &(*v362)[v63];
*v144 = v139;
// Init locals end
let v435 = v434[2];
let v411 = u32(v435);
let v437 = v436[1];
let v413 = u32(v437);
let v414 = v411 * v413;
let v438 = v436[0];
let v416 = u32(v438);
let v417 = v414 * v416;
let v439 = v434[1];
let v419 = u32(v439);
let v422 = v419 * v416;
let v423 = v417 + v422;
let v441 = v434[0];
let v425 = u32(v441);
let v426 = v423 + v425;
let v445 = u32(64);
let v429 = v426 * v445;
let v444 = v443;
let v431 = u32(v444);
let v432 = v429 + v431;
var<function> v375_store: f32;
let v375 = &v375_store;
*v375 = v39;
let v159 = &(*v347)[v37];
let v160 = *v159;
var<function> v376_store: f32;
let v376 = &v376_store;
let v162 = *v375;
*v376 = v162;
var<function> v377_store: u32;
let v377 = &v377_store;
*v377 = v160;
var<function> v378_store: u32;
let v378 = &v378_store;
*v378 = v432;
let v169 = v432 >= v32;
if v169 {
let v170 = false;
*inv_return_flag_v338 = v170;

}
let v171 = *inv_return_flag_v338;
if v171 {
var<function> v379_store: u32;
let v379 = &v379_store;
*v379 = v5;
for(var v181: u32 = v5; v181 < v46; v181 += v63) {
let v186 = &(*v362)[v181];
let v187 = *v186;
let v188 = v432 / v187;
let v192 = &(*v361)[v181];
let v193 = *v192;
let v194 = v188 % v193;
let v198 = &(*v348)[v181];
let v199 = *v198;
let v200 = v194 * v199;
let v201 = *v379;
let v202 = v201 + v200;
*v379 = v202;

}
let v203 = *v379;
let v205 = v203 / v46;
*v379 = v205;
let v210 = *v159;
let v212 = v210 / v46;
var<function> v381_store: vec2<f32>;
let v381 = &v381_store;
*v381 = v40;
var<function> v382_store: vec2<f32>;
let v382 = &v382_store;
*v382 = v40;
for(var v221: u32 = v5; v221 < v212; v221 += v63) {
let v223 = *v379;
let v224 = v221 + v223;
// Fuse on read begin
let v229 = &(*v464)[v224];
let v230 = *v229;
let v233 = v224 * v46;
var<function> v384_store: u32;
let v384 = &v384_store;
*v384 = v5;
let v242 = *v72;
let v243 = v233 / v242;
let v385 = info_var.static_meta[6];
let v387 = info_var.dynamic_meta[v385];
let v247 = v243 % v387;
let v388 = info_var.static_meta[11];
let v390 = info_var.dynamic_meta[v388];
let v251 = v247 * v390;
let v252 = *v384;
let v253 = v252 + v251;
*v384 = v253;
let v259 = *v93;
let v260 = v233 / v259;
let v392 = v385 + v63;
let v393 = info_var.dynamic_meta[v392];
let v264 = v260 % v393;
let v395 = v388 + v63;
let v396 = info_var.dynamic_meta[v395];
let v268 = v264 * v396;
let v269 = *v384;
let v270 = v269 + v268;
*v384 = v270;
let v272 = *v384;
let v278 = &(*v463)[v272];
let v279 = *v278;
let v280 = vec2<f32>(v279);
let v285 = &(*v462)[v224];
let v286 = *v285;
let v287 = v230 * v280;
let v288 = v287 * v286;
let v289 = vec2<f32>(v25);
let v290 = v288 * v289;
*v229 = v288;
*v346 = v290;
let v296 = *v346;
// Fuse on read end
let v300 = *v382;
let v301 = v300 + v296;
*v382 = v301;

}
let v302 = *v382;
var<function> v409_store: f32;
let v409 = &v409_store;
*v409 = v39;
let v400 = v302[0];
let v401 = *v409;
let v402 = v401 + v400;
*v409 = v402;
let v403 = v302[1];
let v404 = *v409;
let v405 = v404 + v403;
*v409 = v405;
let v406 = *v409;
*v376 = v406;
let v305 = *v378;
let v306 = u32(v305);
let v307 = u32(v306);
let v321 = v307 < v32;
if v321 {
let v323 = v307 < v344;
if v323 {
// Fuse on write begin
let v324 = *v376;
let v329 = &(*v461)[v307];
let v330 = *v329;
let v407 = f32(1.0);
let v408 = v407 / v330;
let v332 = v324 * v408;
let v337 = &(*v460)[v307];
*v337 = v332;
// Fuse on write end

}

}

}
return;

}
