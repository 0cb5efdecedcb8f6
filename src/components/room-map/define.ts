import { defineElement } from '../../shared/define-element.js';
import { AictRoomMap } from './aict-room-map.js';

defineElement('aict-room-map', AictRoomMap);
