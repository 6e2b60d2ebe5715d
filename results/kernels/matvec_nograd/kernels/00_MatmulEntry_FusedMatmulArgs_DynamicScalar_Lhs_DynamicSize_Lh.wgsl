// MatmulEntry<FusedMatmulArgs, DynamicScalar<__Lhs>, DynamicSize<__LhsSize>, DynamicScalar<__Rhs>, DynamicSize<__RhsSize>, DynamicScalar<__Acc>, DynamicSize<__AccSize>, SimpleMatmulFamily<UnitPartitioner, (), SyncFullCyclicLoading<ColMajorTilingOrder>, SyncFullCyclicLoading<RowMajorTilingOrder>, SyncFullCyclicLoading<RowMajorTilingOrder>, UnitWriterFamily>, RowMajorGlobalPartitionMatmul> (1 dispatches per step under this name)
var<workgroup> shared_v299: array<f32, 128>;
var<workgroup> shared_v317: array<f32, 64>;
var<workgroup> shared_v340: array<f32, 8>;
@group(0) @binding(3) var<storage, read_write> v19: array<f32>;
@group(0) @binding(2) var<storage, read_write> v13: array<f32>;
@group(0) @binding(1) var<storage, read_write> v7: array<f32>;
@group(0) @binding(0) var<storage, read_write> v1: array<f32>;
struct info_st { scalars_usize: array<u32, 8>, scalars_u32: array<u32, 2>, static_meta: array<u32, 12>, dynamic_meta: array<u32> }
@group(0) @binding(4) var<storage, read> info_var: info_st;
@compute @workgroup_size(8, 1, 1)
fn matmul_entry_lhs_f32_lhs_size_1_rhs_f32_rhs_size_1_acc_f32_acc_size_1_5c2e4583(@builtin(workgroup_id) v4080: vec3<u32>, @builtin(local_invocation_id) v4083: vec3<u32>) {
let v4433 = &v19;
let v4434 = &v13;
let v4435 = &v7;
let v4436 = &v1;
let v3924 = info_var.static_meta[0];
let v5 = u32(0);
let v3925 = info_var.static_meta[1];
let v20 = info_var.scalars_usize[6];
let v21 = info_var.scalars_usize[7];
let v3927 = info_var.static_meta[3];
let v25 = info_var.scalars_u32[0];
let v26 = info_var.scalars_u32[1];
// Init locals begin
var<function> v3928_store: array<u32, 2>= array<u32, 2>();
let v3928 = &v3928_store;
var<function> v3929_store: array<u32, 2>= array<u32, 2>();
let v3929 = &v3929_store;
let v3930 = info_var.static_meta[7];
let v3932 = info_var.dynamic_meta[v3930];
let v3933 = info_var.static_meta[11];
let v3935 = info_var.dynamic_meta[v3933];
let v45 = &(*v3928)[v5];
*v45 = v3932;
let v46 = u32(1);
let v47 = v3932 == v46;
let v49 = max(v3935, v46);
let v50 = select(v3935, v49, v47);
let v55 = &(*v3929)[v5];
*v55 = v50;
let v3937 = v3930 + v46;
let v3938 = info_var.dynamic_meta[v3937];
let v3940 = v3933 + v46;
let v3941 = info_var.dynamic_meta[v3940];
let v66 = &(*v3928)[v46];
*v66 = v3938;
let v68 = v3938 == v46;
let v70 = max(v3941, v46);
let v71 = select(v3941, v70, v68);
let v76 = &(*v3929)[v46];
*v76 = v71;
// Init locals end
let v3942 = info_var.static_meta[4];
let v3944 = info_var.dynamic_meta[v3942];
let v81 = u32(v3944);
var<function> v3945_store: u32;
let v3945 = &v3945_store;
*v3945 = v81;
let v3947 = v3942 + v46;
let v3948 = info_var.dynamic_meta[v3947];
let v86 = u32(v3948);
var<function> v3949_store: u32;
let v3949 = &v3949_store;
*v3949 = v86;
let v3950 = info_var.static_meta[8];
let v3952 = info_var.dynamic_meta[v3950];
let v3954 = v3950 + v46;
let v3955 = info_var.dynamic_meta[v3954];
let v3956 = info_var.static_meta[5];
let v3958 = info_var.dynamic_meta[v3956];
let v99 = u32(v3958);
var<function> v3959_store: u32;
let v3959 = &v3959_store;
*v3959 = v99;
let v3961 = v3956 + v46;
let v3962 = info_var.dynamic_meta[v3961];
let v104 = u32(v3962);
var<function> v3963_store: u32;
let v3963 = &v3963_store;
*v3963 = v104;
let v3964 = info_var.static_meta[9];
let v3966 = info_var.dynamic_meta[v3964];
let v3968 = v3964 + v46;
let v3969 = info_var.dynamic_meta[v3968];
var<function> v3970_store: u32;
let v3970 = &v3970_store;
*v3970 = v20;
var<function> v3971_store: u32;
let v3971 = &v3971_store;
*v3971 = v21;
var<function> v3975_store: u32;
let v3975 = &v3975_store;
*v3975 = v81;
var<function> v3979_store: u32;
let v3979 = &v3979_store;
*v3979 = v86;
let v4081 = v4080[0];
let v162 = u32(v4081);
let v163 = v25 * v26;
let v164 = u32(v163);
let v165 = v162 / v164;
let v166 = v162 % v164;
let v167 = u32(v26);
let v168 = v166 / v167;
let v169 = u32(v168);
let v170 = u32(v166);
let v171 = v170 % v26;
let v172 = u32(v165);
let v173 = u32(1);
let v175 = u32(4);
let v176 = v169 * v175;
let v179 = u32(2);
let v180 = v171 * v179;
let v185 = u32(0);
let v197 = *v3979;
var<function> v3989_store: u32;
let v3989 = &v3989_store;
*v3989 = v81;
var<function> v3993_store: u32;
let v3993 = &v3993_store;
*v3993 = v86;
var<function> v4003_store: u32;
let v4003 = &v4003_store;
*v4003 = v99;
var<function> v4007_store: u32;
let v4007 = &v4007_store;
*v4007 = v104;
let v239 = *v45;
let v240 = u32(v239);
let v246 = *v66;
let v247 = u32(v246);
let v253 = *v55;
let v259 = *v76;
var<function> v4014_store: u32;
let v4014 = &v4014_store;
*v4014 = v20;
var<function> v4015_store: u32;
let v4015 = &v4015_store;
*v4015 = v21;
let v262 = u32(v172);
let v263 = u32(v262);
var<function> v4016_store: u32;
let v4016 = &v4016_store;
*v4016 = v263;
var<function> v4017_store: u32;
let v4017 = &v4017_store;
*v4017 = v5;
var<function> v4018_store: u32;
let v4018 = &v4018_store;
*v4018 = v263;
var<function> v4019_store: u32;
let v4019 = &v4019_store;
*v4019 = v5;
var<function> v4020_store: u32;
let v4020 = &v4020_store;
*v4020 = v263;
var<function> v4021_store: u32;
let v4021 = &v4021_store;
*v4021 = v5;
let v287 = *v3989;
let v288 = min(v176, v287);
let v293 = v287 - v288;
let v294 = *v3993;
let v297 = min(v175, v293);
let v298 = min(v197, v294);
let v4022 = &shared_v299;
var<function> v4023_store: u32;
let v4023 = &v4023_store;
*v4023 = v185;
let v308 = *v4007;
let v309 = min(v180, v308);
let v310 = *v4003;
let v313 = v308 - v309;
let v314 = min(v197, v310);
let v316 = min(v179, v313);
let v4024 = &shared_v317;
var<function> v4025_store: u32;
let v4025 = &v4025_store;
*v4025 = v185;
let v323 = min(v176, v240);
let v324 = min(v180, v247);
let v4084 = v4083[0];
let v333 = u32(8);
let v337 = v4084 / v179;
let v339 = v4084 % v179;
let v4026 = &shared_v340;
let v345 = v337 * v179;
let v346 = v345 + v339;
let v367 = v346 + v173;
let v368 = u32(32);
var<function> v4027_store: u32;
let v4027 = &v4027_store;
*v4027 = v368;
var<function> v4028_store: u32;
let v4028 = &v4028_store;
*v4028 = v297;
var<function> v4029_store: u32;
let v4029 = &v4029_store;
*v4029 = v368;
var<function> v4030_store: u32;
let v4030 = &v4030_store;
*v4030 = v185;
var<function> v4031_store: u32;
let v4031 = &v4031_store;
*v4031 = v368;
var<function> v4032_store: u32;
let v4032 = &v4032_store;
*v4032 = v368;
var<function> v4033_store: u32;
let v4033 = &v4033_store;
*v4033 = v316;
var<function> v4034_store: u32;
let v4034 = &v4034_store;
*v4034 = v185;
var<function> v4035_store: u32;
let v4035 = &v4035_store;
*v4035 = v346;
var<function> v4036_store: u32;
let v4036 = &v4036_store;
*v4036 = v367;
var<function> v4037_store: u32;
let v4037 = &v4037_store;
*v4037 = v173;
let v393 = *v3979;
let v397 = v393 + v368;
let v399 = v397 - v173;
let v401 = v399 / v368;
var<function> v4038_store: array<f32, 1>= array<f32, 1>();
let v4038 = &v4038_store;
var<function> v4039_store: array<f32, 4>= array<f32, 4>();
let v4039 = &v4039_store;
let v408 = u32(4);
let v435 = &(*v4038)[v5];
let v436 = f32(0.0);
*v435 = v436;
let v438 = u32(128);
let v453 = u32(64);
var<function> v4040_store: array<f32, 4>= array<f32, 4>();
let v4040 = &v4040_store;
for(var v473: u32 = v185; v473 < v401; v473 += v173) {
workgroupBarrier();
var<function> v4042_store: u32;
let v4042 = &v4042_store;
*v4042 = v4084;
let v486 = *v4042;
let v489 = v486 / v175;
let v491 = v486 % v175;
let v492 = *v4023;
let v496 = min(v492, v298);
let v504 = v489 % v175;
let v506 = v489 / v175;
let v507 = *v4030;
let v509 = v507 * v438;
let v510 = u32(v509);
let v525 = v506 * v175;
let v527 = v491 / v175;
let v529 = v491 % v175;
let v530 = v504 + v527;
let v531 = v525 + v529;
// is_in_bounds
// is_in_bounds_end
let v535 = v496 + v531;
// is_in_bounds
// is_in_bounds_end
let v538 = v288 + v530;
let v546 = u32(v538);
let v547 = v546 * v3952;
let v548 = *v4017;
let v549 = v548 + v547;
let v550 = u32(v535);
let v551 = v550 * v3955;
let v552 = v549 + v551;
let v555 = *v3989;
let v556 = v538 < v555;
let v557 = *v3993;
let v558 = v535 < v557;
let v559 = v556 && v558;
let v565 = v552 < v3924;
let v566 = u32(v565);
let v567 = v552 * v566;
let v571 = &(*v4436)[v567];
let v572 = *v571;
let v573 = select(v436, v572, v565);
let v574 = select(v436, v573, v559);
let v575 = u32(v486);
let v580 = v510 + v575;
let v581 = &(*v4022)[v580];
*v581 = v574;
let v586 = v486 + v333;
let v588 = v586 / v175;
let v590 = v586 % v175;
let v603 = v588 % v175;
let v605 = v588 / v175;
let v624 = v605 * v175;
let v626 = v590 / v175;
let v628 = v590 % v175;
let v629 = v603 + v626;
let v630 = v624 + v628;
// is_in_bounds
// is_in_bounds_end
let v634 = v496 + v630;
// is_in_bounds
// is_in_bounds_end
let v637 = v288 + v629;
let v645 = u32(v637);
let v646 = v645 * v3952;
let v648 = v548 + v646;
let v649 = u32(v634);
let v650 = v649 * v3955;
let v651 = v648 + v650;
let v655 = v637 < v555;
let v657 = v634 < v557;
let v658 = v655 && v657;
let v664 = v651 < v3924;
let v665 = u32(v664);
let v666 = v651 * v665;
let v670 = &(*v4436)[v666];
let v671 = *v670;
let v672 = select(v436, v671, v664);
let v673 = select(v436, v672, v658);
let v674 = u32(v586);
let v679 = v510 + v674;
let v680 = &(*v4022)[v679];
*v680 = v673;
let v4363 = u32(16);
let v685 = v486 + v4363;
let v687 = v685 / v175;
let v689 = v685 % v175;
let v702 = v687 % v175;
let v704 = v687 / v175;
let v723 = v704 * v175;
let v725 = v689 / v175;
let v727 = v689 % v175;
let v728 = v702 + v725;
let v729 = v723 + v727;
// is_in_bounds
// is_in_bounds_end
let v733 = v496 + v729;
// is_in_bounds
// is_in_bounds_end
let v736 = v288 + v728;
let v744 = u32(v736);
let v745 = v744 * v3952;
let v747 = v548 + v745;
let v748 = u32(v733);
let v749 = v748 * v3955;
let v750 = v747 + v749;
let v754 = v736 < v555;
let v756 = v733 < v557;
let v757 = v754 && v756;
let v763 = v750 < v3924;
let v764 = u32(v763);
let v765 = v750 * v764;
let v769 = &(*v4436)[v765];
let v770 = *v769;
let v771 = select(v436, v770, v763);
let v772 = select(v436, v771, v757);
let v773 = u32(v685);
let v778 = v510 + v773;
let v779 = &(*v4022)[v778];
*v779 = v772;
let v4354 = u32(24);
let v784 = v486 + v4354;
let v786 = v784 / v175;
let v788 = v784 % v175;
let v801 = v786 % v175;
let v803 = v786 / v175;
let v822 = v803 * v175;
let v824 = v788 / v175;
let v826 = v788 % v175;
let v827 = v801 + v824;
let v828 = v822 + v826;
// is_in_bounds
// is_in_bounds_end
let v832 = v496 + v828;
// is_in_bounds
// is_in_bounds_end
let v835 = v288 + v827;
let v843 = u32(v835);
let v844 = v843 * v3952;
let v846 = v548 + v844;
let v847 = u32(v832);
let v848 = v847 * v3955;
let v849 = v846 + v848;
let v853 = v835 < v555;
let v855 = v832 < v557;
let v856 = v853 && v855;
let v862 = v849 < v3924;
let v863 = u32(v862);
let v864 = v849 * v863;
let v868 = &(*v4436)[v864];
let v869 = *v868;
let v870 = select(v436, v869, v862);
let v871 = select(v436, v870, v856);
let v872 = u32(v784);
let v877 = v510 + v872;
let v878 = &(*v4022)[v877];
*v878 = v871;
let v883 = v486 + v368;
let v885 = v883 / v175;
let v887 = v883 % v175;
let v900 = v885 % v175;
let v902 = v885 / v175;
let v921 = v902 * v175;
let v923 = v887 / v175;
let v925 = v887 % v175;
let v926 = v900 + v923;
let v927 = v921 + v925;
// is_in_bounds
// is_in_bounds_end
let v931 = v496 + v927;
// is_in_bounds
// is_in_bounds_end
let v934 = v288 + v926;
let v942 = u32(v934);
let v943 = v942 * v3952;
let v945 = v548 + v943;
let v946 = u32(v931);
let v947 = v946 * v3955;
let v948 = v945 + v947;
let v952 = v934 < v555;
let v954 = v931 < v557;
let v955 = v952 && v954;
let v961 = v948 < v3924;
let v962 = u32(v961);
let v963 = v948 * v962;
let v967 = &(*v4436)[v963];
let v968 = *v967;
let v969 = select(v436, v968, v961);
let v970 = select(v436, v969, v955);
let v971 = u32(v883);
let v976 = v510 + v971;
let v977 = &(*v4022)[v976];
*v977 = v970;
let v4336 = u32(40);
let v982 = v486 + v4336;
let v984 = v982 / v175;
let v986 = v982 % v175;
let v999 = v984 % v175;
let v1001 = v984 / v175;
let v1020 = v1001 * v175;
let v1022 = v986 / v175;
let v1024 = v986 % v175;
let v1025 = v999 + v1022;
let v1026 = v1020 + v1024;
// is_in_bounds
// is_in_bounds_end
let v1030 = v496 + v1026;
// is_in_bounds
// is_in_bounds_end
let v1033 = v288 + v1025;
let v1041 = u32(v1033);
let v1042 = v1041 * v3952;
let v1044 = v548 + v1042;
let v1045 = u32(v1030);
let v1046 = v1045 * v3955;
let v1047 = v1044 + v1046;
let v1051 = v1033 < v555;
let v1053 = v1030 < v557;
let v1054 = v1051 && v1053;
let v1060 = v1047 < v3924;
let v1061 = u32(v1060);
let v1062 = v1047 * v1061;
let v1066 = &(*v4436)[v1062];
let v1067 = *v1066;
let v1068 = select(v436, v1067, v1060);
let v1069 = select(v436, v1068, v1054);
let v1070 = u32(v982);
let v1075 = v510 + v1070;
let v1076 = &(*v4022)[v1075];
*v1076 = v1069;
let v1077 = u32(6);
let v4327 = u32(48);
let v1081 = v486 + v4327;
let v1083 = v1081 / v175;
let v1085 = v1081 % v175;
let v1098 = v1083 % v175;
let v1100 = v1083 / v175;
let v1119 = v1100 * v175;
let v1121 = v1085 / v175;
let v1123 = v1085 % v175;
let v1124 = v1098 + v1121;
let v1125 = v1119 + v1123;
// is_in_bounds
// is_in_bounds_end
let v1129 = v496 + v1125;
// is_in_bounds
// is_in_bounds_end
let v1132 = v288 + v1124;
let v1140 = u32(v1132);
let v1141 = v1140 * v3952;
let v1143 = v548 + v1141;
let v1144 = u32(v1129);
let v1145 = v1144 * v3955;
let v1146 = v1143 + v1145;
let v1150 = v1132 < v555;
let v1152 = v1129 < v557;
let v1153 = v1150 && v1152;
let v1159 = v1146 < v3924;
let v1160 = u32(v1159);
let v1161 = v1146 * v1160;
let v1165 = &(*v4436)[v1161];
let v1166 = *v1165;
let v1167 = select(v436, v1166, v1159);
let v1168 = select(v436, v1167, v1153);
let v1169 = u32(v1081);
let v1174 = v510 + v1169;
let v1175 = &(*v4022)[v1174];
*v1175 = v1168;
let v4318 = u32(56);
let v1180 = v486 + v4318;
let v1182 = v1180 / v175;
let v1184 = v1180 % v175;
let v1197 = v1182 % v175;
let v1199 = v1182 / v175;
let v1218 = v1199 * v175;
let v1220 = v1184 / v175;
let v1222 = v1184 % v175;
let v1223 = v1197 + v1220;
let v1224 = v1218 + v1222;
// is_in_bounds
// is_in_bounds_end
let v1228 = v496 + v1224;
// is_in_bounds
// is_in_bounds_end
let v1231 = v288 + v1223;
let v1239 = u32(v1231);
let v1240 = v1239 * v3952;
let v1242 = v548 + v1240;
let v1243 = u32(v1228);
let v1244 = v1243 * v3955;
let v1245 = v1242 + v1244;
let v1249 = v1231 < v555;
let v1251 = v1228 < v557;
let v1252 = v1249 && v1251;
let v1258 = v1245 < v3924;
let v1259 = u32(v1258);
let v1260 = v1245 * v1259;
let v1264 = &(*v4436)[v1260];
let v1265 = *v1264;
let v1266 = select(v436, v1265, v1258);
let v1267 = select(v436, v1266, v1252);
let v1268 = u32(v1180);
let v1273 = v510 + v1268;
let v1274 = &(*v4022)[v1273];
*v1274 = v1267;
let v1279 = v486 + v453;
let v1281 = v1279 / v175;
let v1283 = v1279 % v175;
let v1296 = v1281 % v175;
let v1298 = v1281 / v175;
let v1317 = v1298 * v175;
let v1319 = v1283 / v175;
let v1321 = v1283 % v175;
let v1322 = v1296 + v1319;
let v1323 = v1317 + v1321;
// is_in_bounds
// is_in_bounds_end
let v1327 = v496 + v1323;
// is_in_bounds
// is_in_bounds_end
let v1330 = v288 + v1322;
let v1338 = u32(v1330);
let v1339 = v1338 * v3952;
let v1341 = v548 + v1339;
let v1342 = u32(v1327);
let v1343 = v1342 * v3955;
let v1344 = v1341 + v1343;
let v1348 = v1330 < v555;
let v1350 = v1327 < v557;
let v1351 = v1348 && v1350;
let v1357 = v1344 < v3924;
let v1358 = u32(v1357);
let v1359 = v1344 * v1358;
let v1363 = &(*v4436)[v1359];
let v1364 = *v1363;
let v1365 = select(v436, v1364, v1357);
let v1366 = select(v436, v1365, v1351);
let v1367 = u32(v1279);
let v1372 = v510 + v1367;
let v1373 = &(*v4022)[v1372];
*v1373 = v1366;
let v4300 = u32(72);
let v1378 = v486 + v4300;
let v1380 = v1378 / v175;
let v1382 = v1378 % v175;
let v1395 = v1380 % v175;
let v1397 = v1380 / v175;
let v1416 = v1397 * v175;
let v1418 = v1382 / v175;
let v1420 = v1382 % v175;
let v1421 = v1395 + v1418;
let v1422 = v1416 + v1420;
// is_in_bounds
// is_in_bounds_end
let v1426 = v496 + v1422;
// is_in_bounds
// is_in_bounds_end
let v1429 = v288 + v1421;
let v1437 = u32(v1429);
let v1438 = v1437 * v3952;
let v1440 = v548 + v1438;
let v1441 = u32(v1426);
let v1442 = v1441 * v3955;
let v1443 = v1440 + v1442;
let v1447 = v1429 < v555;
let v1449 = v1426 < v557;
let v1450 = v1447 && v1449;
let v1456 = v1443 < v3924;
let v1457 = u32(v1456);
let v1458 = v1443 * v1457;
let v1462 = &(*v4436)[v1458];
let v1463 = *v1462;
let v1464 = select(v436, v1463, v1456);
let v1465 = select(v436, v1464, v1450);
let v1466 = u32(v1378);
let v1471 = v510 + v1466;
let v1472 = &(*v4022)[v1471];
*v1472 = v1465;
let v1473 = u32(10);
let v4291 = u32(80);
let v1477 = v486 + v4291;
let v1479 = v1477 / v175;
let v1481 = v1477 % v175;
let v1494 = v1479 % v175;
let v1496 = v1479 / v175;
let v1515 = v1496 * v175;
let v1517 = v1481 / v175;
let v1519 = v1481 % v175;
let v1520 = v1494 + v1517;
let v1521 = v1515 + v1519;
// is_in_bounds
// is_in_bounds_end
let v1525 = v496 + v1521;
// is_in_bounds
// is_in_bounds_end
let v1528 = v288 + v1520;
let v1536 = u32(v1528);
let v1537 = v1536 * v3952;
let v1539 = v548 + v1537;
let v1540 = u32(v1525);
let v1541 = v1540 * v3955;
let v1542 = v1539 + v1541;
let v1546 = v1528 < v555;
let v1548 = v1525 < v557;
let v1549 = v1546 && v1548;
let v1555 = v1542 < v3924;
let v1556 = u32(v1555);
let v1557 = v1542 * v1556;
let v1561 = &(*v4436)[v1557];
let v1562 = *v1561;
let v1563 = select(v436, v1562, v1555);
let v1564 = select(v436, v1563, v1549);
let v1565 = u32(v1477);
let v1570 = v510 + v1565;
let v1571 = &(*v4022)[v1570];
*v1571 = v1564;
let v4282 = u32(88);
let v1576 = v486 + v4282;
let v1578 = v1576 / v175;
let v1580 = v1576 % v175;
let v1593 = v1578 % v175;
let v1595 = v1578 / v175;
let v1614 = v1595 * v175;
let v1616 = v1580 / v175;
let v1618 = v1580 % v175;
let v1619 = v1593 + v1616;
let v1620 = v1614 + v1618;
// is_in_bounds
// is_in_bounds_end
let v1624 = v496 + v1620;
// is_in_bounds
// is_in_bounds_end
let v1627 = v288 + v1619;
let v1635 = u32(v1627);
let v1636 = v1635 * v3952;
let v1638 = v548 + v1636;
let v1639 = u32(v1624);
let v1640 = v1639 * v3955;
let v1641 = v1638 + v1640;
let v1645 = v1627 < v555;
let v1647 = v1624 < v557;
let v1648 = v1645 && v1647;
let v1654 = v1641 < v3924;
let v1655 = u32(v1654);
let v1656 = v1641 * v1655;
let v1660 = &(*v4436)[v1656];
let v1661 = *v1660;
let v1662 = select(v436, v1661, v1654);
let v1663 = select(v436, v1662, v1648);
let v1664 = u32(v1576);
let v1669 = v510 + v1664;
let v1670 = &(*v4022)[v1669];
*v1670 = v1663;
let v1671 = u32(12);
let v4273 = u32(96);
let v1675 = v486 + v4273;
let v1677 = v1675 / v175;
let v1679 = v1675 % v175;
let v1692 = v1677 % v175;
let v1694 = v1677 / v175;
let v1713 = v1694 * v175;
let v1715 = v1679 / v175;
let v1717 = v1679 % v175;
let v1718 = v1692 + v1715;
let v1719 = v1713 + v1717;
// is_in_bounds
// is_in_bounds_end
let v1723 = v496 + v1719;
// is_in_bounds
// is_in_bounds_end
let v1726 = v288 + v1718;
let v1734 = u32(v1726);
let v1735 = v1734 * v3952;
let v1737 = v548 + v1735;
let v1738 = u32(v1723);
let v1739 = v1738 * v3955;
let v1740 = v1737 + v1739;
let v1744 = v1726 < v555;
let v1746 = v1723 < v557;
let v1747 = v1744 && v1746;
let v1753 = v1740 < v3924;
let v1754 = u32(v1753);
let v1755 = v1740 * v1754;
let v1759 = &(*v4436)[v1755];
let v1760 = *v1759;
let v1761 = select(v436, v1760, v1753);
let v1762 = select(v436, v1761, v1747);
let v1763 = u32(v1675);
let v1768 = v510 + v1763;
let v1769 = &(*v4022)[v1768];
*v1769 = v1762;
let v4264 = u32(104);
let v1774 = v486 + v4264;
let v1776 = v1774 / v175;
let v1778 = v1774 % v175;
let v1791 = v1776 % v175;
let v1793 = v1776 / v175;
let v1812 = v1793 * v175;
let v1814 = v1778 / v175;
let v1816 = v1778 % v175;
let v1817 = v1791 + v1814;
let v1818 = v1812 + v1816;
// is_in_bounds
// is_in_bounds_end
let v1822 = v496 + v1818;
// is_in_bounds
// is_in_bounds_end
let v1825 = v288 + v1817;
let v1833 = u32(v1825);
let v1834 = v1833 * v3952;
let v1836 = v548 + v1834;
let v1837 = u32(v1822);
let v1838 = v1837 * v3955;
let v1839 = v1836 + v1838;
let v1843 = v1825 < v555;
let v1845 = v1822 < v557;
let v1846 = v1843 && v1845;
let v1852 = v1839 < v3924;
let v1853 = u32(v1852);
let v1854 = v1839 * v1853;
let v1858 = &(*v4436)[v1854];
let v1859 = *v1858;
let v1860 = select(v436, v1859, v1852);
let v1861 = select(v436, v1860, v1846);
let v1862 = u32(v1774);
let v1867 = v510 + v1862;
let v1868 = &(*v4022)[v1867];
*v1868 = v1861;
let v1869 = u32(14);
let v4255 = u32(112);
let v1873 = v486 + v4255;
let v1875 = v1873 / v175;
let v1877 = v1873 % v175;
let v1890 = v1875 % v175;
let v1892 = v1875 / v175;
let v1911 = v1892 * v175;
let v1913 = v1877 / v175;
let v1915 = v1877 % v175;
let v1916 = v1890 + v1913;
let v1917 = v1911 + v1915;
// is_in_bounds
// is_in_bounds_end
let v1921 = v496 + v1917;
// is_in_bounds
// is_in_bounds_end
let v1924 = v288 + v1916;
let v1932 = u32(v1924);
let v1933 = v1932 * v3952;
let v1935 = v548 + v1933;
let v1936 = u32(v1921);
let v1937 = v1936 * v3955;
let v1938 = v1935 + v1937;
let v1942 = v1924 < v555;
let v1944 = v1921 < v557;
let v1945 = v1942 && v1944;
let v1951 = v1938 < v3924;
let v1952 = u32(v1951);
let v1953 = v1938 * v1952;
let v1957 = &(*v4436)[v1953];
let v1958 = *v1957;
let v1959 = select(v436, v1958, v1951);
let v1960 = select(v436, v1959, v1945);
let v1961 = u32(v1873);
let v1966 = v510 + v1961;
let v1967 = &(*v4022)[v1966];
*v1967 = v1960;
let v4246 = u32(120);
let v1972 = v486 + v4246;
let v1974 = v1972 / v175;
let v1976 = v1972 % v175;
let v1989 = v1974 % v175;
let v1991 = v1974 / v175;
let v2010 = v1991 * v175;
let v2012 = v1976 / v175;
let v2014 = v1976 % v175;
let v2015 = v1989 + v2012;
let v2016 = v2010 + v2014;
// is_in_bounds
// is_in_bounds_end
let v2020 = v496 + v2016;
// is_in_bounds
// is_in_bounds_end
let v2023 = v288 + v2015;
let v2031 = u32(v2023);
let v2032 = v2031 * v3952;
let v2034 = v548 + v2032;
let v2035 = u32(v2020);
let v2036 = v2035 * v3955;
let v2037 = v2034 + v2036;
let v2041 = v2023 < v555;
let v2043 = v2020 < v557;
let v2044 = v2041 && v2043;
let v2050 = v2037 < v3924;
let v2051 = u32(v2050);
let v2052 = v2037 * v2051;
let v2056 = &(*v4436)[v2052];
let v2057 = *v2056;
let v2058 = select(v436, v2057, v2050);
let v2059 = select(v436, v2058, v2044);
let v2060 = u32(v1972);
let v2065 = v510 + v2060;
let v2066 = &(*v4022)[v2065];
*v2066 = v2059;
var<function> v4043_store: u32;
let v4043 = &v4043_store;
*v4043 = v4084;
let v2078 = *v4043;
let v2081 = v2078 / v175;
let v2083 = v2078 % v175;
let v2084 = *v4025;
let v2086 = min(v2084, v314);
let v2096 = v2081 / v179;
let v2098 = v2081 % v179;
let v2099 = *v4034;
let v2101 = v2099 * v453;
let v2102 = u32(v2101);
let v2115 = v2096 * v175;
let v2122 = v2115 + v2083;
// is_in_bounds
// is_in_bounds_end
let v2126 = v2086 + v2122;
// is_in_bounds
// is_in_bounds_end
let v2131 = v309 + v2098;
let v2138 = u32(v2126);
let v2139 = v2138 * v3966;
let v2140 = *v4019;
let v2141 = v2140 + v2139;
let v2142 = u32(v2131);
let v2143 = v2142 * v3969;
let v2144 = v2141 + v2143;
let v2147 = *v4003;
let v2148 = v2126 < v2147;
let v2149 = *v4007;
let v2150 = v2131 < v2149;
let v2151 = v2148 && v2150;
let v2157 = v2144 < v3925;
let v2158 = u32(v2157);
let v2159 = v2144 * v2158;
let v2163 = &(*v4435)[v2159];
let v2164 = *v2163;
let v2165 = select(v436, v2164, v2157);
let v2166 = select(v436, v2165, v2151);
let v2167 = u32(v2078);
let v2172 = v2102 + v2167;
let v2173 = &(*v4024)[v2172];
*v2173 = v2166;
let v2178 = v2078 + v333;
let v2180 = v2178 / v175;
let v2182 = v2178 % v175;
let v2195 = v2180 / v179;
let v2197 = v2180 % v179;
let v2214 = v2195 * v175;
let v2221 = v2214 + v2182;
// is_in_bounds
// is_in_bounds_end
let v2225 = v2086 + v2221;
// is_in_bounds
// is_in_bounds_end
let v2230 = v309 + v2197;
let v2237 = u32(v2225);
let v2238 = v2237 * v3966;
let v2240 = v2140 + v2238;
let v2241 = u32(v2230);
let v2242 = v2241 * v3969;
let v2243 = v2240 + v2242;
let v2247 = v2225 < v2147;
let v2249 = v2230 < v2149;
let v2250 = v2247 && v2249;
let v2256 = v2243 < v3925;
let v2257 = u32(v2256);
let v2258 = v2243 * v2257;
let v2262 = &(*v4435)[v2258];
let v2263 = *v2262;
let v2264 = select(v436, v2263, v2256);
let v2265 = select(v436, v2264, v2250);
let v2266 = u32(v2178);
let v2271 = v2102 + v2266;
let v2272 = &(*v4024)[v2271];
*v2272 = v2265;
let v2277 = v2078 + v4363;
let v2279 = v2277 / v175;
let v2281 = v2277 % v175;
let v2294 = v2279 / v179;
let v2296 = v2279 % v179;
let v2313 = v2294 * v175;
let v2320 = v2313 + v2281;
// is_in_bounds
// is_in_bounds_end
let v2324 = v2086 + v2320;
// is_in_bounds
// is_in_bounds_end
let v2329 = v309 + v2296;
let v2336 = u32(v2324);
let v2337 = v2336 * v3966;
let v2339 = v2140 + v2337;
let v2340 = u32(v2329);
let v2341 = v2340 * v3969;
let v2342 = v2339 + v2341;
let v2346 = v2324 < v2147;
let v2348 = v2329 < v2149;
let v2349 = v2346 && v2348;
let v2355 = v2342 < v3925;
let v2356 = u32(v2355);
let v2357 = v2342 * v2356;
let v2361 = &(*v4435)[v2357];
let v2362 = *v2361;
let v2363 = select(v436, v2362, v2355);
let v2364 = select(v436, v2363, v2349);
let v2365 = u32(v2277);
let v2370 = v2102 + v2365;
let v2371 = &(*v4024)[v2370];
*v2371 = v2364;
let v2376 = v2078 + v4354;
let v2378 = v2376 / v175;
let v2380 = v2376 % v175;
let v2393 = v2378 / v179;
let v2395 = v2378 % v179;
let v2412 = v2393 * v175;
let v2419 = v2412 + v2380;
// is_in_bounds
// is_in_bounds_end
let v2423 = v2086 + v2419;
// is_in_bounds
// is_in_bounds_end
let v2428 = v309 + v2395;
let v2435 = u32(v2423);
let v2436 = v2435 * v3966;
let v2438 = v2140 + v2436;
let v2439 = u32(v2428);
let v2440 = v2439 * v3969;
let v2441 = v2438 + v2440;
let v2445 = v2423 < v2147;
let v2447 = v2428 < v2149;
let v2448 = v2445 && v2447;
let v2454 = v2441 < v3925;
let v2455 = u32(v2454);
let v2456 = v2441 * v2455;
let v2460 = &(*v4435)[v2456];
let v2461 = *v2460;
let v2462 = select(v436, v2461, v2454);
let v2463 = select(v436, v2462, v2448);
let v2464 = u32(v2376);
let v2469 = v2102 + v2464;
let v2470 = &(*v4024)[v2469];
*v2470 = v2463;
let v2475 = v2078 + v368;
let v2477 = v2475 / v175;
let v2479 = v2475 % v175;
let v2492 = v2477 / v179;
let v2494 = v2477 % v179;
let v2511 = v2492 * v175;
let v2518 = v2511 + v2479;
// is_in_bounds
// is_in_bounds_end
let v2522 = v2086 + v2518;
// is_in_bounds
// is_in_bounds_end
let v2527 = v309 + v2494;
let v2534 = u32(v2522);
let v2535 = v2534 * v3966;
let v2537 = v2140 + v2535;
let v2538 = u32(v2527);
let v2539 = v2538 * v3969;
let v2540 = v2537 + v2539;
let v2544 = v2522 < v2147;
let v2546 = v2527 < v2149;
let v2547 = v2544 && v2546;
let v2553 = v2540 < v3925;
let v2554 = u32(v2553);
let v2555 = v2540 * v2554;
let v2559 = &(*v4435)[v2555];
let v2560 = *v2559;
let v2561 = select(v436, v2560, v2553);
let v2562 = select(v436, v2561, v2547);
let v2563 = u32(v2475);
let v2568 = v2102 + v2563;
let v2569 = &(*v4024)[v2568];
*v2569 = v2562;
let v2574 = v2078 + v4336;
let v2576 = v2574 / v175;
let v2578 = v2574 % v175;
let v2591 = v2576 / v179;
let v2593 = v2576 % v179;
let v2610 = v2591 * v175;
let v2617 = v2610 + v2578;
// is_in_bounds
// is_in_bounds_end
let v2621 = v2086 + v2617;
// is_in_bounds
// is_in_bounds_end
let v2626 = v309 + v2593;
let v2633 = u32(v2621);
let v2634 = v2633 * v3966;
let v2636 = v2140 + v2634;
let v2637 = u32(v2626);
let v2638 = v2637 * v3969;
let v2639 = v2636 + v2638;
let v2643 = v2621 < v2147;
let v2645 = v2626 < v2149;
let v2646 = v2643 && v2645;
let v2652 = v2639 < v3925;
let v2653 = u32(v2652);
let v2654 = v2639 * v2653;
let v2658 = &(*v4435)[v2654];
let v2659 = *v2658;
let v2660 = select(v436, v2659, v2652);
let v2661 = select(v436, v2660, v2646);
let v2662 = u32(v2574);
let v2667 = v2102 + v2662;
let v2668 = &(*v4024)[v2667];
*v2668 = v2661;
let v2673 = v2078 + v4327;
let v2675 = v2673 / v175;
let v2677 = v2673 % v175;
let v2690 = v2675 / v179;
let v2692 = v2675 % v179;
let v2709 = v2690 * v175;
let v2716 = v2709 + v2677;
// is_in_bounds
// is_in_bounds_end
let v2720 = v2086 + v2716;
// is_in_bounds
// is_in_bounds_end
let v2725 = v309 + v2692;
let v2732 = u32(v2720);
let v2733 = v2732 * v3966;
let v2735 = v2140 + v2733;
let v2736 = u32(v2725);
let v2737 = v2736 * v3969;
let v2738 = v2735 + v2737;
let v2742 = v2720 < v2147;
let v2744 = v2725 < v2149;
let v2745 = v2742 && v2744;
let v2751 = v2738 < v3925;
let v2752 = u32(v2751);
let v2753 = v2738 * v2752;
let v2757 = &(*v4435)[v2753];
let v2758 = *v2757;
let v2759 = select(v436, v2758, v2751);
let v2760 = select(v436, v2759, v2745);
let v2761 = u32(v2673);
let v2766 = v2102 + v2761;
let v2767 = &(*v4024)[v2766];
*v2767 = v2760;
let v2772 = v2078 + v4318;
let v2774 = v2772 / v175;
let v2776 = v2772 % v175;
let v2789 = v2774 / v179;
let v2791 = v2774 % v179;
let v2808 = v2789 * v175;
let v2815 = v2808 + v2776;
// is_in_bounds
// is_in_bounds_end
let v2819 = v2086 + v2815;
// is_in_bounds
// is_in_bounds_end
let v2824 = v309 + v2791;
let v2831 = u32(v2819);
let v2832 = v2831 * v3966;
let v2834 = v2140 + v2832;
let v2835 = u32(v2824);
let v2836 = v2835 * v3969;
let v2837 = v2834 + v2836;
let v2841 = v2819 < v2147;
let v2843 = v2824 < v2149;
let v2844 = v2841 && v2843;
let v2850 = v2837 < v3925;
let v2851 = u32(v2850);
let v2852 = v2837 * v2851;
let v2856 = &(*v4435)[v2852];
let v2857 = *v2856;
let v2858 = select(v436, v2857, v2850);
let v2859 = select(v436, v2858, v2844);
let v2860 = u32(v2772);
let v2865 = v2102 + v2860;
let v2866 = &(*v4024)[v2865];
*v2866 = v2859;
workgroupBarrier();
let v2875 = v175 * v337;
for(var v2883: u32 = v185; v2883 < v175; v2883 += v173) {
let v2889 = v2875 + v2883;
let v2890 = u32(v2889);
let v2894 = &(*v4022)[v2890];
let v2895 = *v2894;
let v2904 = u32(v2883);
let v2908 = &(*v4039)[v2904];
*v2908 = v2895;

}
let v2915 = v175 * v339;
for(var v2923: u32 = v185; v2923 < v175; v2923 += v173) {
let v2929 = v2915 + v2923;
let v2930 = u32(v2929);
let v2934 = &(*v4024)[v2930];
let v2935 = *v2934;
let v2944 = u32(v2923);
let v2948 = &(*v4040)[v2944];
*v2948 = v2935;

}
for(var v2952: u32 = v5; v2952 < v408; v2952 += v46) {
let v2961 = &(*v4039)[v2952];
let v2962 = *v2961;
let v2970 = &(*v4040)[v2952];
let v2971 = *v2970;
let v2982 = *v435;
let v4425 = fma(v2962, v2971, v2982);
*v435 = v4425;

}
let v2990 = v175 + v337;
let v2992 = v175 * v2990;
for(var v3000: u32 = v185; v3000 < v175; v3000 += v173) {
let v3006 = v2992 + v3000;
let v3007 = u32(v3006);
let v3011 = &(*v4022)[v3007];
let v3012 = *v3011;
let v3021 = u32(v3000);
let v3025 = &(*v4039)[v3021];
*v3025 = v3012;

}
let v3030 = v179 + v339;
let v3032 = v175 * v3030;
for(var v3040: u32 = v185; v3040 < v175; v3040 += v173) {
let v3046 = v3032 + v3040;
let v3047 = u32(v3046);
let v3051 = &(*v4024)[v3047];
let v3052 = *v3051;
let v3061 = u32(v3040);
let v3065 = &(*v4040)[v3061];
*v3065 = v3052;

}
for(var v3069: u32 = v5; v3069 < v408; v3069 += v46) {
let v3078 = &(*v4039)[v3069];
let v3079 = *v3078;
let v3087 = &(*v4040)[v3069];
let v3088 = *v3087;
let v3099 = *v435;
let v4426 = fma(v3079, v3088, v3099);
*v435 = v4426;

}
let v3107 = v333 + v337;
let v3109 = v175 * v3107;
for(var v3117: u32 = v185; v3117 < v175; v3117 += v173) {
let v3123 = v3109 + v3117;
let v3124 = u32(v3123);
let v3128 = &(*v4022)[v3124];
let v3129 = *v3128;
let v3138 = u32(v3117);
let v3142 = &(*v4039)[v3138];
*v3142 = v3129;

}
let v3147 = v175 + v339;
let v3149 = v175 * v3147;
for(var v3157: u32 = v185; v3157 < v175; v3157 += v173) {
let v3163 = v3149 + v3157;
let v3164 = u32(v3163);
let v3168 = &(*v4024)[v3164];
let v3169 = *v3168;
let v3178 = u32(v3157);
let v3182 = &(*v4040)[v3178];
*v3182 = v3169;

}
for(var v3186: u32 = v5; v3186 < v408; v3186 += v46) {
let v3195 = &(*v4039)[v3186];
let v3196 = *v3195;
let v3204 = &(*v4040)[v3186];
let v3205 = *v3204;
let v3216 = *v435;
let v4427 = fma(v3196, v3205, v3216);
*v435 = v4427;

}
let v3224 = v1671 + v337;
let v3226 = v175 * v3224;
for(var v3234: u32 = v185; v3234 < v175; v3234 += v173) {
let v3240 = v3226 + v3234;
let v3241 = u32(v3240);
let v3245 = &(*v4022)[v3241];
let v3246 = *v3245;
let v3255 = u32(v3234);
let v3259 = &(*v4039)[v3255];
*v3259 = v3246;

}
let v3264 = v1077 + v339;
let v3266 = v175 * v3264;
for(var v3274: u32 = v185; v3274 < v175; v3274 += v173) {
let v3280 = v3266 + v3274;
let v3281 = u32(v3280);
let v3285 = &(*v4024)[v3281];
let v3286 = *v3285;
let v3295 = u32(v3274);
let v3299 = &(*v4040)[v3295];
*v3299 = v3286;

}
for(var v3303: u32 = v5; v3303 < v408; v3303 += v46) {
let v3312 = &(*v4039)[v3303];
let v3313 = *v3312;
let v3321 = &(*v4040)[v3303];
let v3322 = *v3321;
let v3333 = *v435;
let v4428 = fma(v3313, v3322, v3333);
*v435 = v4428;

}
let v3341 = v4363 + v337;
let v3343 = v175 * v3341;
for(var v3351: u32 = v185; v3351 < v175; v3351 += v173) {
let v3357 = v3343 + v3351;
let v3358 = u32(v3357);
let v3362 = &(*v4022)[v3358];
let v3363 = *v3362;
let v3372 = u32(v3351);
let v3376 = &(*v4039)[v3372];
*v3376 = v3363;

}
let v3381 = v333 + v339;
let v3383 = v175 * v3381;
for(var v3391: u32 = v185; v3391 < v175; v3391 += v173) {
let v3397 = v3383 + v3391;
let v3398 = u32(v3397);
let v3402 = &(*v4024)[v3398];
let v3403 = *v3402;
let v3412 = u32(v3391);
let v3416 = &(*v4040)[v3412];
*v3416 = v3403;

}
for(var v3420: u32 = v5; v3420 < v408; v3420 += v46) {
let v3429 = &(*v4039)[v3420];
let v3430 = *v3429;
let v3438 = &(*v4040)[v3420];
let v3439 = *v3438;
let v3450 = *v435;
let v4429 = fma(v3430, v3439, v3450);
*v435 = v4429;

}
let v4146 = u32(20);
let v3458 = v4146 + v337;
let v3460 = v175 * v3458;
for(var v3468: u32 = v185; v3468 < v175; v3468 += v173) {
let v3474 = v3460 + v3468;
let v3475 = u32(v3474);
let v3479 = &(*v4022)[v3475];
let v3480 = *v3479;
let v3489 = u32(v3468);
let v3493 = &(*v4039)[v3489];
*v3493 = v3480;

}
let v3498 = v1473 + v339;
let v3500 = v175 * v3498;
for(var v3508: u32 = v185; v3508 < v175; v3508 += v173) {
let v3514 = v3500 + v3508;
let v3515 = u32(v3514);
let v3519 = &(*v4024)[v3515];
let v3520 = *v3519;
let v3529 = u32(v3508);
let v3533 = &(*v4040)[v3529];
*v3533 = v3520;

}
for(var v3537: u32 = v5; v3537 < v408; v3537 += v46) {
let v3546 = &(*v4039)[v3537];
let v3547 = *v3546;
let v3555 = &(*v4040)[v3537];
let v3556 = *v3555;
let v3567 = *v435;
let v4430 = fma(v3547, v3556, v3567);
*v435 = v4430;

}
let v3575 = v4354 + v337;
let v3577 = v175 * v3575;
for(var v3585: u32 = v185; v3585 < v175; v3585 += v173) {
let v3591 = v3577 + v3585;
let v3592 = u32(v3591);
let v3596 = &(*v4022)[v3592];
let v3597 = *v3596;
let v3606 = u32(v3585);
let v3610 = &(*v4039)[v3606];
*v3610 = v3597;

}
let v3615 = v1671 + v339;
let v3617 = v175 * v3615;
for(var v3625: u32 = v185; v3625 < v175; v3625 += v173) {
let v3631 = v3617 + v3625;
let v3632 = u32(v3631);
let v3636 = &(*v4024)[v3632];
let v3637 = *v3636;
let v3646 = u32(v3625);
let v3650 = &(*v4040)[v3646];
*v3650 = v3637;

}
for(var v3654: u32 = v5; v3654 < v408; v3654 += v46) {
let v3663 = &(*v4039)[v3654];
let v3664 = *v3663;
let v3672 = &(*v4040)[v3654];
let v3673 = *v3672;
let v3684 = *v435;
let v4431 = fma(v3664, v3673, v3684);
*v435 = v4431;

}
let v4142 = u32(28);
let v3692 = v4142 + v337;
let v3694 = v175 * v3692;
for(var v3702: u32 = v185; v3702 < v175; v3702 += v173) {
let v3708 = v3694 + v3702;
let v3709 = u32(v3708);
let v3713 = &(*v4022)[v3709];
let v3714 = *v3713;
let v3723 = u32(v3702);
let v3727 = &(*v4039)[v3723];
*v3727 = v3714;

}
let v3732 = v1869 + v339;
let v3734 = v175 * v3732;
for(var v3742: u32 = v185; v3742 < v175; v3742 += v173) {
let v3748 = v3734 + v3742;
let v3749 = u32(v3748);
let v3753 = &(*v4024)[v3749];
let v3754 = *v3753;
let v3763 = u32(v3742);
let v3767 = &(*v4040)[v3763];
*v3767 = v3754;

}
for(var v3771: u32 = v5; v3771 < v408; v3771 += v46) {
let v3780 = &(*v4039)[v3771];
let v3781 = *v3780;
let v3789 = &(*v4040)[v3771];
let v3790 = *v3789;
let v3801 = *v435;
let v4432 = fma(v3781, v3790, v3801);
*v435 = v4432;

}
let v3803 = *v4023;
let v3805 = *v4027;
let v3806 = v3803 + v3805;
*v4023 = v3806;
let v3807 = *v4025;
let v3809 = *v4031;
let v3810 = v3807 + v3809;
*v4025 = v3810;

}
workgroupBarrier();
var<function> v4068_store: u32;
let v4068 = &v4068_store;
let v3814 = *v4035;
*v4068 = v3814;
var<function> v4069_store: u32;
let v4069 = &v4069_store;
let v3816 = *v4036;
*v4069 = v3816;
var<function> v4070_store: u32;
let v4070 = &v4070_store;
let v3818 = *v4037;
*v4070 = v3818;
var<function> v4071_store: u32;
let v4071 = &v4071_store;
let v3824 = *v4068;
*v4071 = v3824;
var<function> v4072_store: u32;
let v4072 = &v4072_store;
let v3826 = *v4069;
*v4072 = v3826;
var<function> v4073_store: u32;
let v4073 = &v4073_store;
let v3828 = *v4070;
*v4073 = v3828;
var<function> v4074_store: u32;
let v4074 = &v4074_store;
let v3830 = *v4071;
*v4074 = v3830;
var<function> v4075_store: u32;
let v4075 = &v4075_store;
let v3832 = *v4072;
*v4075 = v3832;
var<function> v4076_store: u32;
let v4076 = &v4076_store;
let v3834 = *v4073;
*v4076 = v3834;
let v3836 = *v4074;
var<function> v4077_store: f32;
let v4077 = &v4077_store;
*v4077 = v436;
var<function> v4078_store: f32;
let v4078 = &v4078_store;
let v3842 = *v4077;
*v4078 = v3842;
let v3853 = *v435;
*v4078 = v3853;
let v3855 = *v4078;
let v3856 = u32(v3836);
let v3860 = &(*v4026)[v3856];
*v3860 = v3855;
for(var v3870: u32 = v185; v3870 < v173; v3870 += v173) {
let v3872 = *v4035;
let v3873 = v3872 + v3870;
let v3874 = u32(v3873);
let v3878 = &(*v4026)[v3874];
let v3879 = *v3878;
let v3891 = v337 + v3870;
// is_in_bounds
// is_in_bounds_end
let v3893 = v323 + v3891;
let v3894 = v324 + v339;
let v3897 = u32(v3893);
let v3898 = v3897 * v253;
let v3899 = *v4021;
let v3900 = v3899 + v3898;
let v3901 = u32(v3894);
let v3902 = v3901 * v259;
let v3903 = v3900 + v3902;
let v3906 = v3893 < v240;
let v3907 = v3894 < v247;
let v3908 = v3906 && v3907;
if v3908 {
let v3910 = v3903 < v3927;
if v3910 {
// Fuse on write begin
let v3915 = &(*v4434)[v3903];
let v3916 = *v3915;
let v3917 = v3879 + v3916;
let v3922 = &(*v4433)[v3903];
*v3922 = v3917;
// Fuse on write end

}

}

}
return;

}
