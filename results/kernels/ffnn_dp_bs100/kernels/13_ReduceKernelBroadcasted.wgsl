// ReduceKernelBroadcasted (1 dispatches per step under this name)
@group(0) @binding(5) var<storage, read_write> v31: array<vec2<f32>>;
@group(0) @binding(4) var<storage, read_write> v25: array<f32>;
@group(0) @binding(3) var<storage, read_write> v19: array<vec2<f32>>;
@group(0) @binding(2) var<storage, read_write> v13: array<vec2<f32>>;
@group(0) @binding(1) var<storage, read_write> v7: array<f32>;
@group(0) @binding(0) var<storage, read_write> v1: array<vec2<f32>>;
struct info_st { scalars_usize: array<u32, 14>, static_meta: array<u32, 18>, dynamic_meta: array<u32> }
@group(0) @binding(6) var<storage, read> info_var: info_st;
@compute @workgroup_size(8, 8, 1)
fn reduce_kernel_broadcasted_767cd11f(@builtin(workgroup_id) v734: vec3<u32>, @builtin(num_workgroups) v736: vec3<u32>, @builtin(local_invocation_index) v743: u32) {
let v779 = &v31;
let v780 = &v25;
let v781 = &v19;
let v782 = &v13;
let v783 = &v7;
let v784 = &v1;
var<function> inv_return_flag_v554_store: bool= true;
let inv_return_flag_v554 = &inv_return_flag_v554_store;
let v5 = u32(0);
let v20 = info_var.scalars_usize[6];
let v21 = info_var.scalars_usize[7];
let v26 = info_var.scalars_usize[8];
let v27 = info_var.scalars_usize[9];
let v559 = info_var.static_meta[4];
let v32 = info_var.scalars_usize[10];
let v33 = info_var.scalars_usize[11];
let v37 = info_var.scalars_usize[12];
let v39 = f32(0.0);
let v40 = vec2<f32>(v39);
var<function> v561_store: vec2<f32>;
let v561 = &v561_store;
*v561 = v40;
let v42 = *v561;
var<function> v562_store: vec2<f32>;
let v562 = &v562_store;
*v562 = v42;
var<function> v563_store: f32;
let v563 = &v563_store;
*v563 = v39;
let v46 = *v563;
var<function> v564_store: f32;
let v564 = &v564_store;
*v564 = v46;
var<function> v565_store: u32;
let v565 = &v565_store;
*v565 = v5;
var<function> v566_store: u32;
let v566 = &v566_store;
*v566 = v20;
var<function> v567_store: u32;
let v567 = &v567_store;
*v567 = v21;
var<function> v568_store: u32;
let v568 = &v568_store;
*v568 = v26;
var<function> v569_store: u32;
let v569 = &v569_store;
*v569 = v27;
var<function> v570_store: u32;
let v570 = &v570_store;
*v570 = v32;
var<function> v571_store: u32;
let v571 = &v571_store;
*v571 = v33;
// Init locals begin
var<function> v572_store: array<u32, 2>= array<u32, 2>();
let v572 = &v572_store;
let v59 = u32(2);
var<function> v573_store: array<u32, 2>= array<u32, 2>();
let v573 = &v573_store;
let v574 = info_var.static_meta[9];
let v576 = info_var.dynamic_meta[v574];
let v577 = info_var.static_meta[15];
let v579 = info_var.dynamic_meta[v577];
let v75 = &(*v572)[v5];
*v75 = v576;
let v76 = u32(1);
let v77 = v576 == v76;
let v79 = max(v579, v76);
let v80 = select(v579, v79, v77);
let v85 = &(*v573)[v5];
*v85 = v80;
let v581 = v574 + v76;
let v582 = info_var.dynamic_meta[v581];
let v584 = v577 + v76;
let v585 = info_var.dynamic_meta[v584];
let v96 = &(*v572)[v76];
*v96 = v582;
let v98 = v582 == v76;
let v100 = max(v585, v76);
let v101 = select(v585, v100, v98);
let v106 = &(*v573)[v76];
*v106 = v101;
// Init locals end
// Init locals begin
var<function> v586_store: array<u32, 2>= array<u32, 2>();
let v586 = &v586_store;
var<function> v587_store: array<u32, 2>= array<u32, 2>();
let v587 = &v587_store;
let v588 = info_var.static_meta[10];
let v590 = info_var.dynamic_meta[v588];
let v591 = info_var.static_meta[16];
let v593 = info_var.dynamic_meta[v591];
let v126 = &(*v586)[v5];
*v126 = v590;
let v128 = v590 == v76;
let v130 = max(v593, v76);
let v131 = select(v593, v130, v128);
let v136 = &(*v587)[v5];
*v136 = v131;
let v595 = v588 + v76;
let v596 = info_var.dynamic_meta[v595];
let v598 = v591 + v76;
let v599 = info_var.dynamic_meta[v598];
let v147 = &(*v586)[v76];
*v147 = v596;
let v149 = v596 == v76;
let v151 = max(v599, v76);
let v152 = select(v599, v151, v149);
let v157 = &(*v587)[v76];
*v157 = v152;
// Init locals end
let v162 = &(*v572)[v37];
let v163 = *v162;
let v735 = v734[2];
let v688 = u32(v735);
let v737 = v736[1];
let v690 = u32(v737);
let v691 = v688 * v690;
let v738 = v736[0];
let v693 = u32(v738);
let v694 = v691 * v693;
let v739 = v734[1];
let v696 = u32(v739);
let v699 = v696 * v693;
let v700 = v694 + v699;
let v741 = v734[0];
let v702 = u32(v741);
let v703 = v700 + v702;
let v753 = u32(64);
let v706 = v703 * v753;
let v744 = v743;
let v708 = u32(v744);
let v709 = v706 + v708;
var<function> v600_store: f32;
let v600 = &v600_store;
*v600 = v39;
let v178 = *v162;
var<function> v601_store: f32;
let v601 = &v601_store;
let v180 = *v600;
*v601 = v180;
var<function> v602_store: u32;
let v602 = &v602_store;
*v602 = v178;
var<function> v603_store: u32;
let v603 = &v603_store;
*v603 = v709;
let v185 = *v568;
let v188 = v709 >= v185;
if v188 {
let v189 = false;
*inv_return_flag_v554 = v189;

}
let v190 = *inv_return_flag_v554;
if v190 {
var<function> v604_store: u32;
let v604 = &v604_store;
*v604 = v5;
for(var v200: u32 = v5; v200 < v59; v200 += v76) {
let v205 = &(*v587)[v200];
let v206 = *v205;
let v207 = v709 / v206;
let v211 = &(*v586)[v200];
let v212 = *v211;
let v213 = v207 % v212;
let v217 = &(*v573)[v200];
let v218 = *v217;
let v219 = v213 * v218;
let v220 = *v604;
let v221 = v220 + v219;
*v604 = v221;

}
let v222 = *v604;
let v224 = v222 / v59;
*v604 = v224;
let v229 = *v162;
let v231 = v229 / v59;
var<function> v606_store: vec2<f32>;
let v606 = &v606_store;
*v606 = v40;
var<function> v607_store: vec2<f32>;
let v607 = &v607_store;
*v607 = v40;
for(var v240: u32 = v5; v240 < v231; v240 += v76) {
let v242 = *v604;
let v243 = v240 + v242;
// Fuse on read begin
let v248 = &(*v784)[v243];
let v249 = *v248;
let v252 = v243 * v59;
var<function> v609_store: u32;
let v609 = &v609_store;
*v609 = v5;
let v261 = *v85;
let v262 = v252 / v261;
let v610 = info_var.static_meta[7];
let v612 = info_var.dynamic_meta[v610];
let v266 = v262 % v612;
let v613 = info_var.static_meta[13];
let v615 = info_var.dynamic_meta[v613];
let v270 = v266 * v615;
let v271 = *v609;
let v272 = v271 + v270;
*v609 = v272;
let v278 = *v106;
let v279 = v252 / v278;
let v617 = v610 + v76;
let v618 = info_var.dynamic_meta[v617];
let v283 = v279 % v618;
let v620 = v613 + v76;
let v621 = info_var.dynamic_meta[v620];
let v287 = v283 * v621;
let v288 = *v609;
let v289 = v288 + v287;
*v609 = v289;
let v291 = *v609;
let v297 = &(*v783)[v291];
let v298 = *v297;
let v299 = vec2<f32>(v298);
let v300 = v249 - v299;
let v301 = exp(v300);
let v306 = &(*v781)[v243];
*v306 = v300;
*v562 = v301;
let v307 = *v562;
// Fuse on read end
let v311 = *v607;
let v312 = v311 + v307;
*v607 = v312;

}
let v313 = *v607;
var<function> v686_store: f32;
let v686 = &v686_store;
*v686 = v39;
let v625 = v313[0];
let v626 = *v686;
let v627 = v626 + v625;
*v686 = v627;
let v628 = v313[1];
let v629 = *v686;
let v630 = v629 + v628;
*v686 = v630;
let v631 = *v686;
*v601 = v631;
let v316 = *v603;
let v317 = u32(v316);
let v318 = u32(v317);
let v332 = *v568;
let v333 = v318 < v332;
if v333 {
let v335 = v318 < v559;
if v335 {
// Fuse on write begin
let v336 = *v601;
let v337 = log(v336);
let v342 = &(*v780)[v318];
*v342 = v336;
*v564 = v337;
// Fuse on write end

}

}
*v565 = v163;
let v344 = *v565;
let v346 = v344 / v59;
for(var v349: u32 = v5; v349 < v346; v349 += v76) {
let v351 = v709 * v346;
let v352 = v351 + v349;
// Init locals begin
var<function> v633_store: array<u32, 2>= array<u32, 2>();
let v633 = &v633_store;
var<function> v634_store: array<u32, 2>= array<u32, 2>();
let v634 = &v634_store;
let v371 = &(*v633)[v5];
*v371 = v576;
let v381 = &(*v634)[v5];
*v381 = v80;
let v392 = &(*v633)[v76];
*v392 = v582;
let v402 = &(*v634)[v76];
*v402 = v101;
// Init locals end
// Fuse on write begin
let v405 = v352 * v59;
var<function> v647_store: u32;
let v647 = &v647_store;
*v647 = v5;
let v414 = *v381;
let v415 = v405 / v414;
let v419 = v415 % v576;
let v423 = v419 * v579;
let v424 = *v647;
let v425 = v424 + v423;
*v647 = v425;
let v431 = *v402;
let v432 = v405 / v431;
let v436 = v432 % v582;
let v440 = v436 * v585;
let v441 = *v647;
let v442 = v441 + v440;
*v647 = v442;
let v444 = *v647;
let v446 = v444 / v59;
let v450 = &(*v781)[v446];
let v451 = *v450;
var<function> v660_store: u32;
let v660 = &v660_store;
*v660 = v5;
let v463 = *v381;
let v464 = v405 / v463;
let v661 = info_var.static_meta[8];
let v663 = info_var.dynamic_meta[v661];
let v468 = v464 % v663;
let v664 = info_var.static_meta[14];
let v666 = info_var.dynamic_meta[v664];
let v472 = v468 * v666;
let v473 = *v660;
let v474 = v473 + v472;
*v660 = v474;
let v480 = *v402;
let v481 = v405 / v480;
let v668 = v661 + v76;
let v669 = info_var.dynamic_meta[v668];
let v485 = v481 % v669;
let v671 = v664 + v76;
let v672 = info_var.dynamic_meta[v671];
let v489 = v485 * v672;
let v490 = *v660;
let v491 = v490 + v489;
*v660 = v491;
let v493 = *v660;
let v495 = v493 / v59;
let v499 = &(*v782)[v495];
let v500 = *v499;
let v501 = *v564;
let v503 = vec2<f32>(v501);
let v504 = v451 - v503;
let v505 = v504 * v500;
var<function> v673_store: u32;
let v673 = &v673_store;
*v673 = v5;
let v517 = *v381;
let v518 = v405 / v517;
let v674 = info_var.static_meta[11];
let v676 = info_var.dynamic_meta[v674];
let v522 = v518 % v676;
let v677 = info_var.static_meta[17];
let v679 = info_var.dynamic_meta[v677];
let v526 = v522 * v679;
let v527 = *v673;
let v528 = v527 + v526;
*v673 = v528;
let v534 = *v402;
let v535 = v405 / v534;
let v681 = v674 + v76;
let v682 = info_var.dynamic_meta[v681];
let v539 = v535 % v682;
let v684 = v677 + v76;
let v685 = info_var.dynamic_meta[v684];
let v543 = v539 * v685;
let v544 = *v673;
let v545 = v544 + v543;
*v673 = v545;
let v547 = *v673;
let v549 = v547 / v59;
let v553 = &(*v779)[v549];
*v553 = v505;
// Fuse on write end

}

}
return;

}
