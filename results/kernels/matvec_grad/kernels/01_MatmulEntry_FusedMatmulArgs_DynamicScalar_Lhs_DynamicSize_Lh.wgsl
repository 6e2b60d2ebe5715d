// MatmulEntry<FusedMatmulArgs, DynamicScalar<__Lhs>, DynamicSize<__LhsSize>, DynamicScalar<__Rhs>, DynamicSize<__RhsSize>, DynamicScalar<__Acc>, DynamicSize<__AccSize>, SimpleMatmulFamily<UnitPartitioner, (), SyncFullCyclicLoading<ColMajorTilingOrder>, SyncFullCyclicLoading<RowMajorTilingOrder>, SyncFullCyclicLoading<RowMajorTilingOrder>, UnitWriterFamily>, RowMajorGlobalPartitionMatmul> (1 dispatches per step under this name)
var<workgroup> shared_v315: array<f32, 128>;
var<workgroup> shared_v333: array<f32, 64>;
var<workgroup> shared_v356: array<f32, 8>;
@group(0) @binding(5) var<storage, read_write> v31: array<f32>;
@group(0) @binding(4) var<storage, read_write> v25: array<f32>;
@group(0) @binding(3) var<storage, read_write> v19: array<f32>;
@group(0) @binding(2) var<storage, read_write> v13: array<f32>;
@group(0) @binding(1) var<storage, read_write> v7: array<f32>;
@group(0) @binding(0) var<storage, read_write> v1: array<f32>;
struct info_st { scalars_usize: array<u32, 12>, scalars_u32: array<u32, 2>, static_meta: array<u32, 18>, dynamic_meta: array<u32> }
@group(0) @binding(6) var<storage, read> info_var: info_st;
@compute @workgroup_size(8, 1, 1)
fn matmul_entry_lhs_f32_lhs_size_1_rhs_f32_rhs_size_1_acc_f32_acc_size_1_20083aaa(@builtin(workgroup_id) v4171: vec3<u32>, @builtin(local_invocation_id) v4174: vec3<u32>) {
let v4526 = &v31;
let v4527 = &v25;
let v4528 = &v19;
let v4529 = &v13;
let v4530 = &v7;
let v4531 = &v1;
let v3996 = info_var.static_meta[0];
let v5 = u32(0);
let v3997 = info_var.static_meta[1];
let v26 = info_var.scalars_usize[8];
let v27 = info_var.scalars_usize[9];
let v4000 = info_var.static_meta[4];
let v32 = info_var.scalars_usize[10];
let v33 = info_var.scalars_usize[11];
let v37 = info_var.scalars_u32[0];
let v38 = info_var.scalars_u32[1];
// Init locals begin
var<function> v4002_store: array<u32, 2>= array<u32, 2>();
let v4002 = &v4002_store;
var<function> v4003_store: array<u32, 2>= array<u32, 2>();
let v4003 = &v4003_store;
let v4004 = info_var.static_meta[10];
let v4006 = info_var.dynamic_meta[v4004];
let v4007 = info_var.static_meta[16];
let v4009 = info_var.dynamic_meta[v4007];
let v57 = &(*v4002)[v5];
*v57 = v4006;
let v58 = u32(1);
let v59 = v4006 == v58;
let v61 = max(v4009, v58);
let v62 = select(v4009, v61, v59);
let v67 = &(*v4003)[v5];
*v67 = v62;
let v4011 = v4004 + v58;
let v4012 = info_var.dynamic_meta[v4011];
let v4014 = v4007 + v58;
let v4015 = info_var.dynamic_meta[v4014];
let v78 = &(*v4002)[v58];
*v78 = v4012;
let v80 = v4012 == v58;
let v82 = max(v4015, v58);
let v83 = select(v4015, v82, v80);
let v88 = &(*v4003)[v58];
*v88 = v83;
// Init locals end
let v4016 = info_var.static_meta[6];
let v4018 = info_var.dynamic_meta[v4016];
let v93 = u32(v4018);
var<function> v4019_store: u32;
let v4019 = &v4019_store;
*v4019 = v93;
let v4021 = v4016 + v58;
let v4022 = info_var.dynamic_meta[v4021];
let v98 = u32(v4022);
var<function> v4023_store: u32;
let v4023 = &v4023_store;
*v4023 = v98;
let v4024 = info_var.static_meta[12];
let v4026 = info_var.dynamic_meta[v4024];
let v4028 = v4024 + v58;
let v4029 = info_var.dynamic_meta[v4028];
let v4030 = info_var.static_meta[7];
let v4032 = info_var.dynamic_meta[v4030];
let v111 = u32(v4032);
var<function> v4033_store: u32;
let v4033 = &v4033_store;
*v4033 = v111;
let v4035 = v4030 + v58;
let v4036 = info_var.dynamic_meta[v4035];
let v116 = u32(v4036);
var<function> v4037_store: u32;
let v4037 = &v4037_store;
*v4037 = v116;
let v4038 = info_var.static_meta[13];
let v4040 = info_var.dynamic_meta[v4038];
let v4042 = v4038 + v58;
let v4043 = info_var.dynamic_meta[v4042];
var<function> v4044_store: u32;
let v4044 = &v4044_store;
*v4044 = v26;
var<function> v4045_store: u32;
let v4045 = &v4045_store;
*v4045 = v27;
var<function> v4046_store: u32;
let v4046 = &v4046_store;
*v4046 = v32;
var<function> v4047_store: u32;
let v4047 = &v4047_store;
*v4047 = v33;
var<function> v4051_store: u32;
let v4051 = &v4051_store;
*v4051 = v93;
var<function> v4055_store: u32;
let v4055 = &v4055_store;
*v4055 = v98;
let v4172 = v4171[0];
let v176 = u32(v4172);
let v177 = v37 * v38;
let v178 = u32(v177);
let v179 = v176 / v178;
let v180 = v176 % v178;
let v181 = u32(v38);
let v182 = v180 / v181;
let v183 = u32(v182);
let v184 = u32(v180);
let v185 = v184 % v38;
let v186 = u32(v179);
let v187 = u32(1);
let v189 = u32(4);
let v190 = v183 * v189;
let v193 = u32(2);
let v194 = v185 * v193;
let v199 = u32(0);
let v211 = *v4055;
var<function> v4065_store: u32;
let v4065 = &v4065_store;
*v4065 = v93;
var<function> v4069_store: u32;
let v4069 = &v4069_store;
*v4069 = v98;
var<function> v4079_store: u32;
let v4079 = &v4079_store;
*v4079 = v111;
var<function> v4083_store: u32;
let v4083 = &v4083_store;
*v4083 = v116;
let v253 = *v57;
let v254 = u32(v253);
let v260 = *v78;
let v261 = u32(v260);
let v267 = *v67;
let v273 = *v88;
var<function> v4090_store: u32;
let v4090 = &v4090_store;
*v4090 = v26;
var<function> v4091_store: u32;
let v4091 = &v4091_store;
*v4091 = v27;
var<function> v4092_store: u32;
let v4092 = &v4092_store;
*v4092 = v32;
var<function> v4093_store: u32;
let v4093 = &v4093_store;
*v4093 = v33;
let v278 = u32(v186);
let v279 = u32(v278);
var<function> v4094_store: u32;
let v4094 = &v4094_store;
*v4094 = v279;
var<function> v4095_store: u32;
let v4095 = &v4095_store;
*v4095 = v5;
var<function> v4096_store: u32;
let v4096 = &v4096_store;
*v4096 = v279;
var<function> v4097_store: u32;
let v4097 = &v4097_store;
*v4097 = v5;
var<function> v4098_store: u32;
let v4098 = &v4098_store;
*v4098 = v279;
var<function> v4099_store: u32;
let v4099 = &v4099_store;
*v4099 = v5;
let v303 = *v4065;
let v304 = min(v190, v303);
let v309 = v303 - v304;
let v310 = *v4069;
let v313 = min(v189, v309);
let v314 = min(v211, v310);
let v4100 = &shared_v315;
var<function> v4101_store: u32;
let v4101 = &v4101_store;
*v4101 = v199;
let v324 = *v4083;
let v325 = min(v194, v324);
let v326 = *v4079;
let v329 = v324 - v325;
let v330 = min(v211, v326);
let v332 = min(v193, v329);
let v4102 = &shared_v333;
var<function> v4103_store: u32;
let v4103 = &v4103_store;
*v4103 = v199;
let v339 = min(v190, v254);
let v340 = min(v194, v261);
let v4175 = v4174[0];
let v349 = u32(8);
let v353 = v4175 / v193;
let v355 = v4175 % v193;
let v4104 = &shared_v356;
let v361 = v353 * v193;
let v362 = v361 + v355;
let v383 = v362 + v187;
let v384 = u32(32);
var<function> v4105_store: u32;
let v4105 = &v4105_store;
*v4105 = v384;
var<function> v4106_store: u32;
let v4106 = &v4106_store;
*v4106 = v313;
var<function> v4107_store: u32;
let v4107 = &v4107_store;
*v4107 = v384;
var<function> v4108_store: u32;
let v4108 = &v4108_store;
*v4108 = v199;
var<function> v4109_store: u32;
let v4109 = &v4109_store;
*v4109 = v384;
var<function> v4110_store: u32;
let v4110 = &v4110_store;
*v4110 = v384;
var<function> v4111_store: u32;
let v4111 = &v4111_store;
*v4111 = v332;
var<function> v4112_store: u32;
let v4112 = &v4112_store;
*v4112 = v199;
var<function> v4113_store: u32;
let v4113 = &v4113_store;
*v4113 = v362;
var<function> v4114_store: u32;
let v4114 = &v4114_store;
*v4114 = v383;
var<function> v4115_store: u32;
let v4115 = &v4115_store;
*v4115 = v187;
let v409 = *v4055;
let v413 = v409 + v384;
let v415 = v413 - v187;
let v417 = v415 / v384;
var<function> v4116_store: array<f32, 1>= array<f32, 1>();
let v4116 = &v4116_store;
var<function> v4117_store: array<f32, 4>= array<f32, 4>();
let v4117 = &v4117_store;
let v424 = u32(4);
let v451 = &(*v4116)[v5];
let v452 = f32(0.0);
*v451 = v452;
let v454 = u32(128);
let v469 = u32(64);
var<function> v4118_store: array<f32, 4>= array<f32, 4>();
let v4118 = &v4118_store;
for(var v489: u32 = v199; v489 < v417; v489 += v187) {
workgroupBarrier();
var<function> v4120_store: u32;
let v4120 = &v4120_store;
*v4120 = v4175;
let v502 = *v4120;
let v505 = v502 / v189;
let v507 = v502 % v189;
let v508 = *v4101;
let v512 = min(v508, v314);
let v520 = v505 % v189;
let v522 = v505 / v189;
let v523 = *v4108;
let v525 = v523 * v454;
let v526 = u32(v525);
let v541 = v522 * v189;
let v543 = v507 / v189;
let v545 = v507 % v189;
let v546 = v520 + v543;
let v547 = v541 + v545;
// is_in_bounds
// is_in_bounds_end
let v551 = v512 + v547;
// is_in_bounds
// is_in_bounds_end
let v554 = v304 + v546;
let v562 = u32(v554);
let v563 = v562 * v4026;
let v564 = *v4095;
let v565 = v564 + v563;
let v566 = u32(v551);
let v567 = v566 * v4029;
let v568 = v565 + v567;
let v571 = *v4065;
let v572 = v554 < v571;
let v573 = *v4069;
let v574 = v551 < v573;
let v575 = v572 && v574;
let v581 = v568 < v3996;
let v582 = u32(v581);
let v583 = v568 * v582;
let v587 = &(*v4531)[v583];
let v588 = *v587;
let v589 = select(v452, v588, v581);
let v590 = select(v452, v589, v575);
let v591 = u32(v502);
let v596 = v526 + v591;
let v597 = &(*v4100)[v596];
*v597 = v590;
let v602 = v502 + v349;
let v604 = v602 / v189;
let v606 = v602 % v189;
let v619 = v604 % v189;
let v621 = v604 / v189;
let v640 = v621 * v189;
let v642 = v606 / v189;
let v644 = v606 % v189;
let v645 = v619 + v642;
let v646 = v640 + v644;
// is_in_bounds
// is_in_bounds_end
let v650 = v512 + v646;
// is_in_bounds
// is_in_bounds_end
let v653 = v304 + v645;
let v661 = u32(v653);
let v662 = v661 * v4026;
let v664 = v564 + v662;
let v665 = u32(v650);
let v666 = v665 * v4029;
let v667 = v664 + v666;
let v671 = v653 < v571;
let v673 = v650 < v573;
let v674 = v671 && v673;
let v680 = v667 < v3996;
let v681 = u32(v680);
let v682 = v667 * v681;
let v686 = &(*v4531)[v682];
let v687 = *v686;
let v688 = select(v452, v687, v680);
let v689 = select(v452, v688, v674);
let v690 = u32(v602);
let v695 = v526 + v690;
let v696 = &(*v4100)[v695];
*v696 = v689;
let v4454 = u32(16);
let v701 = v502 + v4454;
let v703 = v701 / v189;
let v705 = v701 % v189;
let v718 = v703 % v189;
let v720 = v703 / v189;
let v739 = v720 * v189;
let v741 = v705 / v189;
let v743 = v705 % v189;
let v744 = v718 + v741;
let v745 = v739 + v743;
// is_in_bounds
// is_in_bounds_end
let v749 = v512 + v745;
// is_in_bounds
// is_in_bounds_end
let v752 = v304 + v744;
let v760 = u32(v752);
let v761 = v760 * v4026;
let v763 = v564 + v761;
let v764 = u32(v749);
let v765 = v764 * v4029;
let v766 = v763 + v765;
let v770 = v752 < v571;
let v772 = v749 < v573;
let v773 = v770 && v772;
let v779 = v766 < v3996;
let v780 = u32(v779);
let v781 = v766 * v780;
let v785 = &(*v4531)[v781];
let v786 = *v785;
let v787 = select(v452, v786, v779);
let v788 = select(v452, v787, v773);
let v789 = u32(v701);
let v794 = v526 + v789;
let v795 = &(*v4100)[v794];
*v795 = v788;
let v4445 = u32(24);
let v800 = v502 + v4445;
let v802 = v800 / v189;
let v804 = v800 % v189;
let v817 = v802 % v189;
let v819 = v802 / v189;
let v838 = v819 * v189;
let v840 = v804 / v189;
let v842 = v804 % v189;
let v843 = v817 + v840;
let v844 = v838 + v842;
// is_in_bounds
// is_in_bounds_end
let v848 = v512 + v844;
// is_in_bounds
// is_in_bounds_end
let v851 = v304 + v843;
let v859 = u32(v851);
let v860 = v859 * v4026;
let v862 = v564 + v860;
let v863 = u32(v848);
let v864 = v863 * v4029;
let v865 = v862 + v864;
let v869 = v851 < v571;
let v871 = v848 < v573;
let v872 = v869 && v871;
let v878 = v865 < v3996;
let v879 = u32(v878);
let v880 = v865 * v879;
let v884 = &(*v4531)[v880];
let v885 = *v884;
let v886 = select(v452, v885, v878);
let v887 = select(v452, v886, v872);
let v888 = u32(v800);
let v893 = v526 + v888;
let v894 = &(*v4100)[v893];
*v894 = v887;
let v899 = v502 + v384;
let v901 = v899 / v189;
let v903 = v899 % v189;
let v916 = v901 % v189;
let v918 = v901 / v189;
let v937 = v918 * v189;
let v939 = v903 / v189;
let v941 = v903 % v189;
let v942 = v916 + v939;
let v943 = v937 + v941;
// is_in_bounds
// is_in_bounds_end
let v947 = v512 + v943;
// is_in_bounds
// is_in_bounds_end
let v950 = v304 + v942;
let v958 = u32(v950);
let v959 = v958 * v4026;
let v961 = v564 + v959;
let v962 = u32(v947);
let v963 = v962 * v4029;
let v964 = v961 + v963;
let v968 = v950 < v571;
let v970 = v947 < v573;
let v971 = v968 && v970;
let v977 = v964 < v3996;
let v978 = u32(v977);
let v979 = v964 * v978;
let v983 = &(*v4531)[v979];
let v984 = *v983;
let v985 = select(v452, v984, v977);
let v986 = select(v452, v985, v971);
let v987 = u32(v899);
let v992 = v526 + v987;
let v993 = &(*v4100)[v992];
*v993 = v986;
let v4427 = u32(40);
let v998 = v502 + v4427;
let v1000 = v998 / v189;
let v1002 = v998 % v189;
let v1015 = v1000 % v189;
let v1017 = v1000 / v189;
let v1036 = v1017 * v189;
let v1038 = v1002 / v189;
let v1040 = v1002 % v189;
let v1041 = v1015 + v1038;
let v1042 = v1036 + v1040;
// is_in_bounds
// is_in_bounds_end
let v1046 = v512 + v1042;
// is_in_bounds
// is_in_bounds_end
let v1049 = v304 + v1041;
let v1057 = u32(v1049);
let v1058 = v1057 * v4026;
let v1060 = v564 + v1058;
let v1061 = u32(v1046);
let v1062 = v1061 * v4029;
let v1063 = v1060 + v1062;
let v1067 = v1049 < v571;
let v1069 = v1046 < v573;
let v1070 = v1067 && v1069;
let v1076 = v1063 < v3996;
let v1077 = u32(v1076);
let v1078 = v1063 * v1077;
let v1082 = &(*v4531)[v1078];
let v1083 = *v1082;
let v1084 = select(v452, v1083, v1076);
let v1085 = select(v452, v1084, v1070);
let v1086 = u32(v998);
let v1091 = v526 + v1086;
let v1092 = &(*v4100)[v1091];
*v1092 = v1085;
let v1093 = u32(6);
let v4418 = u32(48);
let v1097 = v502 + v4418;
let v1099 = v1097 / v189;
let v1101 = v1097 % v189;
let v1114 = v1099 % v189;
let v1116 = v1099 / v189;
let v1135 = v1116 * v189;
let v1137 = v1101 / v189;
let v1139 = v1101 % v189;
let v1140 = v1114 + v1137;
let v1141 = v1135 + v1139;
// is_in_bounds
// is_in_bounds_end
let v1145 = v512 + v1141;
// is_in_bounds
// is_in_bounds_end
let v1148 = v304 + v1140;
let v1156 = u32(v1148);
let v1157 = v1156 * v4026;
let v1159 = v564 + v1157;
let v1160 = u32(v1145);
let v1161 = v1160 * v4029;
let v1162 = v1159 + v1161;
let v1166 = v1148 < v571;
let v1168 = v1145 < v573;
let v1169 = v1166 && v1168;
let v1175 = v1162 < v3996;
let v1176 = u32(v1175);
let v1177 = v1162 * v1176;
let v1181 = &(*v4531)[v1177];
let v1182 = *v1181;
let v1183 = select(v452, v1182, v1175);
let v1184 = select(v452, v1183, v1169);
let v1185 = u32(v1097);
let v1190 = v526 + v1185;
let v1191 = &(*v4100)[v1190];
*v1191 = v1184;
let v4409 = u32(56);
let v1196 = v502 + v4409;
let v1198 = v1196 / v189;
let v1200 = v1196 % v189;
let v1213 = v1198 % v189;
let v1215 = v1198 / v189;
let v1234 = v1215 * v189;
let v1236 = v1200 / v189;
let v1238 = v1200 % v189;
let v1239 = v1213 + v1236;
let v1240 = v1234 + v1238;
// is_in_bounds
// is_in_bounds_end
let v1244 = v512 + v1240;
// is_in_bounds
// is_in_bounds_end
let v1247 = v304 + v1239;
let v1255 = u32(v1247);
let v1256 = v1255 * v4026;
let v1258 = v564 + v1256;
let v1259 = u32(v1244);
let v1260 = v1259 * v4029;
let v1261 = v1258 + v1260;
let v1265 = v1247 < v571;
let v1267 = v1244 < v573;
let v1268 = v1265 && v1267;
let v1274 = v1261 < v3996;
let v1275 = u32(v1274);
let v1276 = v1261 * v1275;
let v1280 = &(*v4531)[v1276];
let v1281 = *v1280;
let v1282 = select(v452, v1281, v1274);
let v1283 = select(v452, v1282, v1268);
let v1284 = u32(v1196);
let v1289 = v526 + v1284;
let v1290 = &(*v4100)[v1289];
*v1290 = v1283;
let v1295 = v502 + v469;
let v1297 = v1295 / v189;
let v1299 = v1295 % v189;
let v1312 = v1297 % v189;
let v1314 = v1297 / v189;
let v1333 = v1314 * v189;
let v1335 = v1299 / v189;
let v1337 = v1299 % v189;
let v1338 = v1312 + v1335;
let v1339 = v1333 + v1337;
// is_in_bounds
// is_in_bounds_end
let v1343 = v512 + v1339;
// is_in_bounds
// is_in_bounds_end
let v1346 = v304 + v1338;
let v1354 = u32(v1346);
let v1355 = v1354 * v4026;
let v1357 = v564 + v1355;
let v1358 = u32(v1343);
let v1359 = v1358 * v4029;
let v1360 = v1357 + v1359;
let v1364 = v1346 < v571;
let v1366 = v1343 < v573;
let v1367 = v1364 && v1366;
let v1373 = v1360 < v3996;
let v1374 = u32(v1373);
let v1375 = v1360 * v1374;
let v1379 = &(*v4531)[v1375];
let v1380 = *v1379;
let v1381 = select(v452, v1380, v1373);
let v1382 = select(v452, v1381, v1367);
let v1383 = u32(v1295);
let v1388 = v526 + v1383;
let v1389 = &(*v4100)[v1388];
*v1389 = v1382;
let v4391 = u32(72);
let v1394 = v502 + v4391;
let v1396 = v1394 / v189;
let v1398 = v1394 % v189;
let v1411 = v1396 % v189;
let v1413 = v1396 / v189;
let v1432 = v1413 * v189;
let v1434 = v1398 / v189;
let v1436 = v1398 % v189;
let v1437 = v1411 + v1434;
let v1438 = v1432 + v1436;
// is_in_bounds
// is_in_bounds_end
let v1442 = v512 + v1438;
// is_in_bounds
// is_in_bounds_end
let v1445 = v304 + v1437;
let v1453 = u32(v1445);
let v1454 = v1453 * v4026;
let v1456 = v564 + v1454;
let v1457 = u32(v1442);
let v1458 = v1457 * v4029;
let v1459 = v1456 + v1458;
let v1463 = v1445 < v571;
let v1465 = v1442 < v573;
let v1466 = v1463 && v1465;
let v1472 = v1459 < v3996;
let v1473 = u32(v1472);
let v1474 = v1459 * v1473;
let v1478 = &(*v4531)[v1474];
let v1479 = *v1478;
let v1480 = select(v452, v1479, v1472);
let v1481 = select(v452, v1480, v1466);
let v1482 = u32(v1394);
let v1487 = v526 + v1482;
let v1488 = &(*v4100)[v1487];
*v1488 = v1481;
let v1489 = u32(10);
let v4382 = u32(80);
let v1493 = v502 + v4382;
let v1495 = v1493 / v189;
let v1497 = v1493 % v189;
let v1510 = v1495 % v189;
let v1512 = v1495 / v189;
let v1531 = v1512 * v189;
let v1533 = v1497 / v189;
let v1535 = v1497 % v189;
let v1536 = v1510 + v1533;
let v1537 = v1531 + v1535;
// is_in_bounds
// is_in_bounds_end
let v1541 = v512 + v1537;
// is_in_bounds
// is_in_bounds_end
let v1544 = v304 + v1536;
let v1552 = u32(v1544);
let v1553 = v1552 * v4026;
let v1555 = v564 + v1553;
let v1556 = u32(v1541);
let v1557 = v1556 * v4029;
let v1558 = v1555 + v1557;
let v1562 = v1544 < v571;
let v1564 = v1541 < v573;
let v1565 = v1562 && v1564;
let v1571 = v1558 < v3996;
let v1572 = u32(v1571);
let v1573 = v1558 * v1572;
let v1577 = &(*v4531)[v1573];
let v1578 = *v1577;
let v1579 = select(v452, v1578, v1571);
let v1580 = select(v452, v1579, v1565);
let v1581 = u32(v1493);
let v1586 = v526 + v1581;
let v1587 = &(*v4100)[v1586];
*v1587 = v1580;
let v4373 = u32(88);
let v1592 = v502 + v4373;
let v1594 = v1592 / v189;
let v1596 = v1592 % v189;
let v1609 = v1594 % v189;
let v1611 = v1594 / v189;
let v1630 = v1611 * v189;
let v1632 = v1596 / v189;
let v1634 = v1596 % v189;
let v1635 = v1609 + v1632;
let v1636 = v1630 + v1634;
// is_in_bounds
// is_in_bounds_end
let v1640 = v512 + v1636;
// is_in_bounds
// is_in_bounds_end
let v1643 = v304 + v1635;
let v1651 = u32(v1643);
let v1652 = v1651 * v4026;
let v1654 = v564 + v1652;
let v1655 = u32(v1640);
let v1656 = v1655 * v4029;
let v1657 = v1654 + v1656;
let v1661 = v1643 < v571;
let v1663 = v1640 < v573;
let v1664 = v1661 && v1663;
let v1670 = v1657 < v3996;
let v1671 = u32(v1670);
let v1672 = v1657 * v1671;
let v1676 = &(*v4531)[v1672];
let v1677 = *v1676;
let v1678 = select(v452, v1677, v1670);
let v1679 = select(v452, v1678, v1664);
let v1680 = u32(v1592);
let v1685 = v526 + v1680;
let v1686 = &(*v4100)[v1685];
*v1686 = v1679;
let v1687 = u32(12);
let v4364 = u32(96);
let v1691 = v502 + v4364;
let v1693 = v1691 / v189;
let v1695 = v1691 % v189;
let v1708 = v1693 % v189;
let v1710 = v1693 / v189;
let v1729 = v1710 * v189;
let v1731 = v1695 / v189;
let v1733 = v1695 % v189;
let v1734 = v1708 + v1731;
let v1735 = v1729 + v1733;
// is_in_bounds
// is_in_bounds_end
let v1739 = v512 + v1735;
// is_in_bounds
// is_in_bounds_end
let v1742 = v304 + v1734;
let v1750 = u32(v1742);
let v1751 = v1750 * v4026;
let v1753 = v564 + v1751;
let v1754 = u32(v1739);
let v1755 = v1754 * v4029;
let v1756 = v1753 + v1755;
let v1760 = v1742 < v571;
let v1762 = v1739 < v573;
let v1763 = v1760 && v1762;
let v1769 = v1756 < v3996;
let v1770 = u32(v1769);
let v1771 = v1756 * v1770;
let v1775 = &(*v4531)[v1771];
let v1776 = *v1775;
let v1777 = select(v452, v1776, v1769);
let v1778 = select(v452, v1777, v1763);
let v1779 = u32(v1691);
let v1784 = v526 + v1779;
let v1785 = &(*v4100)[v1784];
*v1785 = v1778;
let v4355 = u32(104);
let v1790 = v502 + v4355;
let v1792 = v1790 / v189;
let v1794 = v1790 % v189;
let v1807 = v1792 % v189;
let v1809 = v1792 / v189;
let v1828 = v1809 * v189;
let v1830 = v1794 / v189;
let v1832 = v1794 % v189;
let v1833 = v1807 + v1830;
let v1834 = v1828 + v1832;
// is_in_bounds
// is_in_bounds_end
let v1838 = v512 + v1834;
// is_in_bounds
// is_in_bounds_end
let v1841 = v304 + v1833;
let v1849 = u32(v1841);
let v1850 = v1849 * v4026;
let v1852 = v564 + v1850;
let v1853 = u32(v1838);
let v1854 = v1853 * v4029;
let v1855 = v1852 + v1854;
let v1859 = v1841 < v571;
let v1861 = v1838 < v573;
let v1862 = v1859 && v1861;
let v1868 = v1855 < v3996;
let v1869 = u32(v1868);
let v1870 = v1855 * v1869;
let v1874 = &(*v4531)[v1870];
let v1875 = *v1874;
let v1876 = select(v452, v1875, v1868);
let v1877 = select(v452, v1876, v1862);
let v1878 = u32(v1790);
let v1883 = v526 + v1878;
let v1884 = &(*v4100)[v1883];
*v1884 = v1877;
let v1885 = u32(14);
let v4346 = u32(112);
let v1889 = v502 + v4346;
let v1891 = v1889 / v189;
let v1893 = v1889 % v189;
let v1906 = v1891 % v189;
let v1908 = v1891 / v189;
let v1927 = v1908 * v189;
let v1929 = v1893 / v189;
let v1931 = v1893 % v189;
let v1932 = v1906 + v1929;
let v1933 = v1927 + v1931;
// is_in_bounds
// is_in_bounds_end
let v1937 = v512 + v1933;
// is_in_bounds
// is_in_bounds_end
let v1940 = v304 + v1932;
let v1948 = u32(v1940);
let v1949 = v1948 * v4026;
let v1951 = v564 + v1949;
let v1952 = u32(v1937);
let v1953 = v1952 * v4029;
let v1954 = v1951 + v1953;
let v1958 = v1940 < v571;
let v1960 = v1937 < v573;
let v1961 = v1958 && v1960;
let v1967 = v1954 < v3996;
let v1968 = u32(v1967);
let v1969 = v1954 * v1968;
let v1973 = &(*v4531)[v1969];
let v1974 = *v1973;
let v1975 = select(v452, v1974, v1967);
let v1976 = select(v452, v1975, v1961);
let v1977 = u32(v1889);
let v1982 = v526 + v1977;
let v1983 = &(*v4100)[v1982];
*v1983 = v1976;
let v4337 = u32(120);
let v1988 = v502 + v4337;
let v1990 = v1988 / v189;
let v1992 = v1988 % v189;
let v2005 = v1990 % v189;
let v2007 = v1990 / v189;
let v2026 = v2007 * v189;
let v2028 = v1992 / v189;
let v2030 = v1992 % v189;
let v2031 = v2005 + v2028;
let v2032 = v2026 + v2030;
// is_in_bounds
// is_in_bounds_end
let v2036 = v512 + v2032;
// is_in_bounds
// is_in_bounds_end
let v2039 = v304 + v2031;
let v2047 = u32(v2039);
let v2048 = v2047 * v4026;
let v2050 = v564 + v2048;
let v2051 = u32(v2036);
let v2052 = v2051 * v4029;
let v2053 = v2050 + v2052;
let v2057 = v2039 < v571;
let v2059 = v2036 < v573;
let v2060 = v2057 && v2059;
let v2066 = v2053 < v3996;
let v2067 = u32(v2066);
let v2068 = v2053 * v2067;
let v2072 = &(*v4531)[v2068];
let v2073 = *v2072;
let v2074 = select(v452, v2073, v2066);
let v2075 = select(v452, v2074, v2060);
let v2076 = u32(v1988);
let v2081 = v526 + v2076;
let v2082 = &(*v4100)[v2081];
*v2082 = v2075;
var<function> v4121_store: u32;
let v4121 = &v4121_store;
*v4121 = v4175;
let v2094 = *v4121;
let v2097 = v2094 / v189;
let v2099 = v2094 % v189;
let v2100 = *v4103;
let v2102 = min(v2100, v330);
let v2112 = v2097 / v193;
let v2114 = v2097 % v193;
let v2115 = *v4112;
let v2117 = v2115 * v469;
let v2118 = u32(v2117);
let v2131 = v2112 * v189;
let v2138 = v2131 + v2099;
// is_in_bounds
// is_in_bounds_end
let v2142 = v2102 + v2138;
// is_in_bounds
// is_in_bounds_end
let v2147 = v325 + v2114;
let v2154 = u32(v2142);
let v2155 = v2154 * v4040;
let v2156 = *v4097;
let v2157 = v2156 + v2155;
let v2158 = u32(v2147);
let v2159 = v2158 * v4043;
let v2160 = v2157 + v2159;
let v2163 = *v4079;
let v2164 = v2142 < v2163;
let v2165 = *v4083;
let v2166 = v2147 < v2165;
let v2167 = v2164 && v2166;
let v2173 = v2160 < v3997;
let v2174 = u32(v2173);
let v2175 = v2160 * v2174;
let v2179 = &(*v4530)[v2175];
let v2180 = *v2179;
let v2181 = select(v452, v2180, v2173);
let v2182 = select(v452, v2181, v2167);
let v2183 = u32(v2094);
let v2188 = v2118 + v2183;
let v2189 = &(*v4102)[v2188];
*v2189 = v2182;
let v2194 = v2094 + v349;
let v2196 = v2194 / v189;
let v2198 = v2194 % v189;
let v2211 = v2196 / v193;
let v2213 = v2196 % v193;
let v2230 = v2211 * v189;
let v2237 = v2230 + v2198;
// is_in_bounds
// is_in_bounds_end
let v2241 = v2102 + v2237;
// is_in_bounds
// is_in_bounds_end
let v2246 = v325 + v2213;
let v2253 = u32(v2241);
let v2254 = v2253 * v4040;
let v2256 = v2156 + v2254;
let v2257 = u32(v2246);
let v2258 = v2257 * v4043;
let v2259 = v2256 + v2258;
let v2263 = v2241 < v2163;
let v2265 = v2246 < v2165;
let v2266 = v2263 && v2265;
let v2272 = v2259 < v3997;
let v2273 = u32(v2272);
let v2274 = v2259 * v2273;
let v2278 = &(*v4530)[v2274];
let v2279 = *v2278;
let v2280 = select(v452, v2279, v2272);
let v2281 = select(v452, v2280, v2266);
let v2282 = u32(v2194);
let v2287 = v2118 + v2282;
let v2288 = &(*v4102)[v2287];
*v2288 = v2281;
let v2293 = v2094 + v4454;
let v2295 = v2293 / v189;
let v2297 = v2293 % v189;
let v2310 = v2295 / v193;
let v2312 = v2295 % v193;
let v2329 = v2310 * v189;
let v2336 = v2329 + v2297;
// is_in_bounds
// is_in_bounds_end
let v2340 = v2102 + v2336;
// is_in_bounds
// is_in_bounds_end
let v2345 = v325 + v2312;
let v2352 = u32(v2340);
let v2353 = v2352 * v4040;
let v2355 = v2156 + v2353;
let v2356 = u32(v2345);
let v2357 = v2356 * v4043;
let v2358 = v2355 + v2357;
let v2362 = v2340 < v2163;
let v2364 = v2345 < v2165;
let v2365 = v2362 && v2364;
let v2371 = v2358 < v3997;
let v2372 = u32(v2371);
let v2373 = v2358 * v2372;
let v2377 = &(*v4530)[v2373];
let v2378 = *v2377;
let v2379 = select(v452, v2378, v2371);
let v2380 = select(v452, v2379, v2365);
let v2381 = u32(v2293);
let v2386 = v2118 + v2381;
let v2387 = &(*v4102)[v2386];
*v2387 = v2380;
let v2392 = v2094 + v4445;
let v2394 = v2392 / v189;
let v2396 = v2392 % v189;
let v2409 = v2394 / v193;
let v2411 = v2394 % v193;
let v2428 = v2409 * v189;
let v2435 = v2428 + v2396;
// is_in_bounds
// is_in_bounds_end
let v2439 = v2102 + v2435;
// is_in_bounds
// is_in_bounds_end
let v2444 = v325 + v2411;
let v2451 = u32(v2439);
let v2452 = v2451 * v4040;
let v2454 = v2156 + v2452;
let v2455 = u32(v2444);
let v2456 = v2455 * v4043;
let v2457 = v2454 + v2456;
let v2461 = v2439 < v2163;
let v2463 = v2444 < v2165;
let v2464 = v2461 && v2463;
let v2470 = v2457 < v3997;
let v2471 = u32(v2470);
let v2472 = v2457 * v2471;
let v2476 = &(*v4530)[v2472];
let v2477 = *v2476;
let v2478 = select(v452, v2477, v2470);
let v2479 = select(v452, v2478, v2464);
let v2480 = u32(v2392);
let v2485 = v2118 + v2480;
let v2486 = &(*v4102)[v2485];
*v2486 = v2479;
let v2491 = v2094 + v384;
let v2493 = v2491 / v189;
let v2495 = v2491 % v189;
let v2508 = v2493 / v193;
let v2510 = v2493 % v193;
let v2527 = v2508 * v189;
let v2534 = v2527 + v2495;
// is_in_bounds
// is_in_bounds_end
let v2538 = v2102 + v2534;
// is_in_bounds
// is_in_bounds_end
let v2543 = v325 + v2510;
let v2550 = u32(v2538);
let v2551 = v2550 * v4040;
let v2553 = v2156 + v2551;
let v2554 = u32(v2543);
let v2555 = v2554 * v4043;
let v2556 = v2553 + v2555;
let v2560 = v2538 < v2163;
let v2562 = v2543 < v2165;
let v2563 = v2560 && v2562;
let v2569 = v2556 < v3997;
let v2570 = u32(v2569);
let v2571 = v2556 * v2570;
let v2575 = &(*v4530)[v2571];
let v2576 = *v2575;
let v2577 = select(v452, v2576, v2569);
let v2578 = select(v452, v2577, v2563);
let v2579 = u32(v2491);
let v2584 = v2118 + v2579;
let v2585 = &(*v4102)[v2584];
*v2585 = v2578;
let v2590 = v2094 + v4427;
let v2592 = v2590 / v189;
let v2594 = v2590 % v189;
let v2607 = v2592 / v193;
let v2609 = v2592 % v193;
let v2626 = v2607 * v189;
let v2633 = v2626 + v2594;
// is_in_bounds
// is_in_bounds_end
let v2637 = v2102 + v2633;
// is_in_bounds
// is_in_bounds_end
let v2642 = v325 + v2609;
let v2649 = u32(v2637);
let v2650 = v2649 * v4040;
let v2652 = v2156 + v2650;
let v2653 = u32(v2642);
let v2654 = v2653 * v4043;
let v2655 = v2652 + v2654;
let v2659 = v2637 < v2163;
let v2661 = v2642 < v2165;
let v2662 = v2659 && v2661;
let v2668 = v2655 < v3997;
let v2669 = u32(v2668);
let v2670 = v2655 * v2669;
let v2674 = &(*v4530)[v2670];
let v2675 = *v2674;
let v2676 = select(v452, v2675, v2668);
let v2677 = select(v452, v2676, v2662);
let v2678 = u32(v2590);
let v2683 = v2118 + v2678;
let v2684 = &(*v4102)[v2683];
*v2684 = v2677;
let v2689 = v2094 + v4418;
let v2691 = v2689 / v189;
let v2693 = v2689 % v189;
let v2706 = v2691 / v193;
let v2708 = v2691 % v193;
let v2725 = v2706 * v189;
let v2732 = v2725 + v2693;
// is_in_bounds
// is_in_bounds_end
let v2736 = v2102 + v2732;
// is_in_bounds
// is_in_bounds_end
let v2741 = v325 + v2708;
let v2748 = u32(v2736);
let v2749 = v2748 * v4040;
let v2751 = v2156 + v2749;
let v2752 = u32(v2741);
let v2753 = v2752 * v4043;
let v2754 = v2751 + v2753;
let v2758 = v2736 < v2163;
let v2760 = v2741 < v2165;
let v2761 = v2758 && v2760;
let v2767 = v2754 < v3997;
let v2768 = u32(v2767);
let v2769 = v2754 * v2768;
let v2773 = &(*v4530)[v2769];
let v2774 = *v2773;
let v2775 = select(v452, v2774, v2767);
let v2776 = select(v452, v2775, v2761);
let v2777 = u32(v2689);
let v2782 = v2118 + v2777;
let v2783 = &(*v4102)[v2782];
*v2783 = v2776;
let v2788 = v2094 + v4409;
let v2790 = v2788 / v189;
let v2792 = v2788 % v189;
let v2805 = v2790 / v193;
let v2807 = v2790 % v193;
let v2824 = v2805 * v189;
let v2831 = v2824 + v2792;
// is_in_bounds
// is_in_bounds_end
let v2835 = v2102 + v2831;
// is_in_bounds
// is_in_bounds_end
let v2840 = v325 + v2807;
let v2847 = u32(v2835);
let v2848 = v2847 * v4040;
let v2850 = v2156 + v2848;
let v2851 = u32(v2840);
let v2852 = v2851 * v4043;
let v2853 = v2850 + v2852;
let v2857 = v2835 < v2163;
let v2859 = v2840 < v2165;
let v2860 = v2857 && v2859;
let v2866 = v2853 < v3997;
let v2867 = u32(v2866);
let v2868 = v2853 * v2867;
let v2872 = &(*v4530)[v2868];
let v2873 = *v2872;
let v2874 = select(v452, v2873, v2866);
let v2875 = select(v452, v2874, v2860);
let v2876 = u32(v2788);
let v2881 = v2118 + v2876;
let v2882 = &(*v4102)[v2881];
*v2882 = v2875;
workgroupBarrier();
let v2891 = v189 * v353;
for(var v2899: u32 = v199; v2899 < v189; v2899 += v187) {
let v2905 = v2891 + v2899;
let v2906 = u32(v2905);
let v2910 = &(*v4100)[v2906];
let v2911 = *v2910;
let v2920 = u32(v2899);
let v2924 = &(*v4117)[v2920];
*v2924 = v2911;

}
let v2931 = v189 * v355;
for(var v2939: u32 = v199; v2939 < v189; v2939 += v187) {
let v2945 = v2931 + v2939;
let v2946 = u32(v2945);
let v2950 = &(*v4102)[v2946];
let v2951 = *v2950;
let v2960 = u32(v2939);
let v2964 = &(*v4118)[v2960];
*v2964 = v2951;

}
for(var v2968: u32 = v5; v2968 < v424; v2968 += v58) {
let v2977 = &(*v4117)[v2968];
let v2978 = *v2977;
let v2986 = &(*v4118)[v2968];
let v2987 = *v2986;
let v2998 = *v451;
let v4518 = fma(v2978, v2987, v2998);
*v451 = v4518;

}
let v3006 = v189 + v353;
let v3008 = v189 * v3006;
for(var v3016: u32 = v199; v3016 < v189; v3016 += v187) {
let v3022 = v3008 + v3016;
let v3023 = u32(v3022);
let v3027 = &(*v4100)[v3023];
let v3028 = *v3027;
let v3037 = u32(v3016);
let v3041 = &(*v4117)[v3037];
*v3041 = v3028;

}
let v3046 = v193 + v355;
let v3048 = v189 * v3046;
for(var v3056: u32 = v199; v3056 < v189; v3056 += v187) {
let v3062 = v3048 + v3056;
let v3063 = u32(v3062);
let v3067 = &(*v4102)[v3063];
let v3068 = *v3067;
let v3077 = u32(v3056);
let v3081 = &(*v4118)[v3077];
*v3081 = v3068;

}
for(var v3085: u32 = v5; v3085 < v424; v3085 += v58) {
let v3094 = &(*v4117)[v3085];
let v3095 = *v3094;
let v3103 = &(*v4118)[v3085];
let v3104 = *v3103;
let v3115 = *v451;
let v4519 = fma(v3095, v3104, v3115);
*v451 = v4519;

}
let v3123 = v349 + v353;
let v3125 = v189 * v3123;
for(var v3133: u32 = v199; v3133 < v189; v3133 += v187) {
let v3139 = v3125 + v3133;
let v3140 = u32(v3139);
let v3144 = &(*v4100)[v3140];
let v3145 = *v3144;
let v3154 = u32(v3133);
let v3158 = &(*v4117)[v3154];
*v3158 = v3145;

}
let v3163 = v189 + v355;
let v3165 = v189 * v3163;
for(var v3173: u32 = v199; v3173 < v189; v3173 += v187) {
let v3179 = v3165 + v3173;
let v3180 = u32(v3179);
let v3184 = &(*v4102)[v3180];
let v3185 = *v3184;
let v3194 = u32(v3173);
let v3198 = &(*v4118)[v3194];
*v3198 = v3185;

}
for(var v3202: u32 = v5; v3202 < v424; v3202 += v58) {
let v3211 = &(*v4117)[v3202];
let v3212 = *v3211;
let v3220 = &(*v4118)[v3202];
let v3221 = *v3220;
let v3232 = *v451;
let v4520 = fma(v3212, v3221, v3232);
*v451 = v4520;

}
let v3240 = v1687 + v353;
let v3242 = v189 * v3240;
for(var v3250: u32 = v199; v3250 < v189; v3250 += v187) {
let v3256 = v3242 + v3250;
let v3257 = u32(v3256);
let v3261 = &(*v4100)[v3257];
let v3262 = *v3261;
let v3271 = u32(v3250);
let v3275 = &(*v4117)[v3271];
*v3275 = v3262;

}
let v3280 = v1093 + v355;
let v3282 = v189 * v3280;
for(var v3290: u32 = v199; v3290 < v189; v3290 += v187) {
let v3296 = v3282 + v3290;
let v3297 = u32(v3296);
let v3301 = &(*v4102)[v3297];
let v3302 = *v3301;
let v3311 = u32(v3290);
let v3315 = &(*v4118)[v3311];
*v3315 = v3302;

}
for(var v3319: u32 = v5; v3319 < v424; v3319 += v58) {
let v3328 = &(*v4117)[v3319];
let v3329 = *v3328;
let v3337 = &(*v4118)[v3319];
let v3338 = *v3337;
let v3349 = *v451;
let v4521 = fma(v3329, v3338, v3349);
*v451 = v4521;

}
let v3357 = v4454 + v353;
let v3359 = v189 * v3357;
for(var v3367: u32 = v199; v3367 < v189; v3367 += v187) {
let v3373 = v3359 + v3367;
let v3374 = u32(v3373);
let v3378 = &(*v4100)[v3374];
let v3379 = *v3378;
let v3388 = u32(v3367);
let v3392 = &(*v4117)[v3388];
*v3392 = v3379;

}
let v3397 = v349 + v355;
let v3399 = v189 * v3397;
for(var v3407: u32 = v199; v3407 < v189; v3407 += v187) {
let v3413 = v3399 + v3407;
let v3414 = u32(v3413);
let v3418 = &(*v4102)[v3414];
let v3419 = *v3418;
let v3428 = u32(v3407);
let v3432 = &(*v4118)[v3428];
*v3432 = v3419;

}
for(var v3436: u32 = v5; v3436 < v424; v3436 += v58) {
let v3445 = &(*v4117)[v3436];
let v3446 = *v3445;
let v3454 = &(*v4118)[v3436];
let v3455 = *v3454;
let v3466 = *v451;
let v4522 = fma(v3446, v3455, v3466);
*v451 = v4522;

}
let v4237 = u32(20);
let v3474 = v4237 + v353;
let v3476 = v189 * v3474;
for(var v3484: u32 = v199; v3484 < v189; v3484 += v187) {
let v3490 = v3476 + v3484;
let v3491 = u32(v3490);
let v3495 = &(*v4100)[v3491];
let v3496 = *v3495;
let v3505 = u32(v3484);
let v3509 = &(*v4117)[v3505];
*v3509 = v3496;

}
let v3514 = v1489 + v355;
let v3516 = v189 * v3514;
for(var v3524: u32 = v199; v3524 < v189; v3524 += v187) {
let v3530 = v3516 + v3524;
let v3531 = u32(v3530);
let v3535 = &(*v4102)[v3531];
let v3536 = *v3535;
let v3545 = u32(v3524);
let v3549 = &(*v4118)[v3545];
*v3549 = v3536;

}
for(var v3553: u32 = v5; v3553 < v424; v3553 += v58) {
let v3562 = &(*v4117)[v3553];
let v3563 = *v3562;
let v3571 = &(*v4118)[v3553];
let v3572 = *v3571;
let v3583 = *v451;
let v4523 = fma(v3563, v3572, v3583);
*v451 = v4523;

}
let v3591 = v4445 + v353;
let v3593 = v189 * v3591;
for(var v3601: u32 = v199; v3601 < v189; v3601 += v187) {
let v3607 = v3593 + v3601;
let v3608 = u32(v3607);
let v3612 = &(*v4100)[v3608];
let v3613 = *v3612;
let v3622 = u32(v3601);
let v3626 = &(*v4117)[v3622];
*v3626 = v3613;

}
let v3631 = v1687 + v355;
let v3633 = v189 * v3631;
for(var v3641: u32 = v199; v3641 < v189; v3641 += v187) {
let v3647 = v3633 + v3641;
let v3648 = u32(v3647);
let v3652 = &(*v4102)[v3648];
let v3653 = *v3652;
let v3662 = u32(v3641);
let v3666 = &(*v4118)[v3662];
*v3666 = v3653;

}
for(var v3670: u32 = v5; v3670 < v424; v3670 += v58) {
let v3679 = &(*v4117)[v3670];
let v3680 = *v3679;
let v3688 = &(*v4118)[v3670];
let v3689 = *v3688;
let v3700 = *v451;
let v4524 = fma(v3680, v3689, v3700);
*v451 = v4524;

}
let v4233 = u32(28);
let v3708 = v4233 + v353;
let v3710 = v189 * v3708;
for(var v3718: u32 = v199; v3718 < v189; v3718 += v187) {
let v3724 = v3710 + v3718;
let v3725 = u32(v3724);
let v3729 = &(*v4100)[v3725];
let v3730 = *v3729;
let v3739 = u32(v3718);
let v3743 = &(*v4117)[v3739];
*v3743 = v3730;

}
let v3748 = v1885 + v355;
let v3750 = v189 * v3748;
for(var v3758: u32 = v199; v3758 < v189; v3758 += v187) {
let v3764 = v3750 + v3758;
let v3765 = u32(v3764);
let v3769 = &(*v4102)[v3765];
let v3770 = *v3769;
let v3779 = u32(v3758);
let v3783 = &(*v4118)[v3779];
*v3783 = v3770;

}
for(var v3787: u32 = v5; v3787 < v424; v3787 += v58) {
let v3796 = &(*v4117)[v3787];
let v3797 = *v3796;
let v3805 = &(*v4118)[v3787];
let v3806 = *v3805;
let v3817 = *v451;
let v4525 = fma(v3797, v3806, v3817);
*v451 = v4525;

}
let v3819 = *v4101;
let v3821 = *v4105;
let v3822 = v3819 + v3821;
*v4101 = v3822;
let v3823 = *v4103;
let v3825 = *v4109;
let v3826 = v3823 + v3825;
*v4103 = v3826;

}
workgroupBarrier();
var<function> v4146_store: u32;
let v4146 = &v4146_store;
let v3830 = *v4113;
*v4146 = v3830;
var<function> v4147_store: u32;
let v4147 = &v4147_store;
let v3832 = *v4114;
*v4147 = v3832;
var<function> v4148_store: u32;
let v4148 = &v4148_store;
let v3834 = *v4115;
*v4148 = v3834;
var<function> v4149_store: u32;
let v4149 = &v4149_store;
let v3840 = *v4146;
*v4149 = v3840;
var<function> v4150_store: u32;
let v4150 = &v4150_store;
let v3842 = *v4147;
*v4150 = v3842;
var<function> v4151_store: u32;
let v4151 = &v4151_store;
let v3844 = *v4148;
*v4151 = v3844;
var<function> v4152_store: u32;
let v4152 = &v4152_store;
let v3846 = *v4149;
*v4152 = v3846;
var<function> v4153_store: u32;
let v4153 = &v4153_store;
let v3848 = *v4150;
*v4153 = v3848;
var<function> v4154_store: u32;
let v4154 = &v4154_store;
let v3850 = *v4151;
*v4154 = v3850;
let v3852 = *v4152;
var<function> v4155_store: f32;
let v4155 = &v4155_store;
*v4155 = v452;
var<function> v4156_store: f32;
let v4156 = &v4156_store;
let v3858 = *v4155;
*v4156 = v3858;
let v3869 = *v451;
*v4156 = v3869;
let v3871 = *v4156;
let v3872 = u32(v3852);
let v3876 = &(*v4104)[v3872];
*v3876 = v3871;
for(var v3886: u32 = v199; v3886 < v187; v3886 += v187) {
let v3888 = *v4113;
let v3889 = v3888 + v3886;
let v3890 = u32(v3889);
let v3894 = &(*v4104)[v3890];
let v3895 = *v3894;
let v3907 = v353 + v3886;
// is_in_bounds
// is_in_bounds_end
let v3909 = v339 + v3907;
let v3910 = v340 + v355;
let v3913 = u32(v3909);
let v3914 = v3913 * v267;
let v3915 = *v4099;
let v3916 = v3915 + v3914;
let v3917 = u32(v3910);
let v3918 = v3917 * v273;
let v3919 = v3916 + v3918;
let v3922 = v3909 < v254;
let v3923 = v3910 < v261;
let v3924 = v3922 && v3923;
if v3924 {
let v3926 = v3919 < v4000;
if v3926 {
// Fuse on write begin
let v3931 = &(*v4529)[v3919];
let v3932 = *v3931;
var<function> v4158_store: u32;
let v4158 = &v4158_store;
*v4158 = v5;
let v3944 = *v67;
let v3945 = v3919 / v3944;
let v4159 = info_var.static_meta[9];
let v4161 = info_var.dynamic_meta[v4159];
let v3949 = v3945 % v4161;
let v4162 = info_var.static_meta[15];
let v4164 = info_var.dynamic_meta[v4162];
let v3953 = v3949 * v4164;
let v3954 = *v4158;
let v3955 = v3954 + v3953;
*v4158 = v3955;
let v3961 = *v88;
let v3962 = v3919 / v3961;
let v4166 = v4159 + v58;
let v4167 = info_var.dynamic_meta[v4166];
let v3966 = v3962 % v4167;
let v4169 = v4162 + v58;
let v4170 = info_var.dynamic_meta[v4169];
let v3970 = v3966 * v4170;
let v3971 = *v4158;
let v3972 = v3971 + v3970;
*v4158 = v3972;
let v3974 = *v4158;
let v3980 = &(*v4528)[v3974];
let v3981 = *v3980;
let v3982 = v3895 + v3932;
let v3989 = &(*v4527)[v3919];
*v3989 = v3982;
let v3994 = &(*v4526)[v3919];
*v3994 = v3981;
// Fuse on write end

}

}

}
return;

}
