<?php
/**
 * Shortcodes for the classic editor and page builders, writing the same elements as the blocks:
 *
 *   [aict_session id="atelier-1" variant="full" lang="fr" link="https://…/atelier-1" text="Atelier 1"]
 *   [aict_programme view="grid" day="2022-06-20"]
 *   [aict_room_map session_id="atelier-1"]   or room_id="…"
 *   [aict_concurrent_sessions session_id="atelier-1" scope="overlap"]
 *
 * Option names are the element's attribute names with `_` for `-` (heading_level, no_map,
 * color_scheme, time_zone, session_href, …); `link` and `text` give the fallback link.
 * A flag may be written alone: [aict_session id="atelier-1" variant="full" no_map].
 *
 * @package AictWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the shortcodes.
 */
function aict_widgets_register_shortcodes() {
	add_shortcode( 'aict_session', 'aict_widgets_shortcode_session' );
	add_shortcode( 'aict_programme', 'aict_widgets_shortcode_programme' );
	add_shortcode( 'aict_room_map', 'aict_widgets_shortcode_room_map' );
	add_shortcode( 'aict_concurrent_sessions', 'aict_widgets_shortcode_concurrent' );
}
add_action( 'init', 'aict_widgets_register_shortcodes' );

/**
 * Turns shortcode attributes into the widget's option values.
 *
 * @param string       $widget Key of aict_widgets_definitions().
 * @param array|string $atts   Shortcode attributes ('' when none).
 * @param string       $tag    The shortcode's name (for the shortcode_atts filter).
 * @return string The element's HTML.
 */
function aict_widgets_shortcode( $widget, $atts, $tag ) {
	$atts = is_array( $atts ) ? $atts : array();
	// Flags written alone arrive as numbered values: [aict_session … no_map].
	foreach ( $atts as $key => $value ) {
		if ( is_int( $key ) && is_string( $value ) ) {
			$atts[ strtolower( $value ) ] = '1';
		}
	}
	if ( isset( $atts['id'] ) && ! isset( $atts['session_id'] ) ) {
		$atts['session_id'] = $atts['id'];
	}
	$defaults = array(
		'link' => '',
		'text' => '',
	);
	$names    = array();
	foreach ( aict_widgets_widget_options( $widget ) as $name => $option ) {
		$key              = str_replace( '-', '_', $option[0] );
		$names[ $key ]    = $name;
		$defaults[ $key ] = '';
	}
	$atts   = shortcode_atts( $defaults, $atts, $tag );
	$values = array();
	foreach ( $names as $key => $name ) {
		$values[ $name ] = $atts[ $key ];
	}
	return aict_widgets_render( $widget, $values, (string) $atts['text'], (string) $atts['link'] );
}

/**
 * [aict_session]: variant="card" (default) or "full".
 *
 * @param array|string $atts Shortcode attributes.
 * @return string
 */
function aict_widgets_shortcode_session( $atts ) {
	$variant = is_array( $atts ) && isset( $atts['variant'] ) && 'full' === $atts['variant'] ? 'full' : 'card';
	return aict_widgets_shortcode( 'session-' . $variant, $atts, 'aict_session' );
}

/**
 * [aict_programme].
 *
 * @param array|string $atts Shortcode attributes.
 * @return string
 */
function aict_widgets_shortcode_programme( $atts ) {
	return aict_widgets_shortcode( 'programme', $atts, 'aict_programme' );
}

/**
 * [aict_room_map].
 *
 * @param array|string $atts Shortcode attributes.
 * @return string
 */
function aict_widgets_shortcode_room_map( $atts ) {
	return aict_widgets_shortcode( 'room-map', $atts, 'aict_room_map' );
}

/**
 * [aict_concurrent_sessions].
 *
 * @param array|string $atts Shortcode attributes.
 * @return string
 */
function aict_widgets_shortcode_concurrent( $atts ) {
	return aict_widgets_shortcode( 'concurrent-sessions', $atts, 'aict_concurrent_sessions' );
}
