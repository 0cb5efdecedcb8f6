<?php
/**
 * One table for the widgets: which element each block and shortcode writes, which options it
 * has (the element's attributes), how each option is validated. Blocks, shortcodes and the
 * editor script all read it, so an option is declared once.
 *
 * @package AictWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Options every widget has: [ block attribute => [ element attribute, validator, default ] ].
 *
 * Validators: `url` (absolute http/https), `href-template` (http/https or /path, may hold {id}),
 * `id` (a feed id), `enum:a|b` (one of the values, '' = the element's default), `level` (2–6),
 * `bool`, `date` (YYYY-MM-DD), `local-time` (YYYY-MM-DDTHH:MM), `zone` (event, local or an IANA
 * name), `text` (a search query).
 *
 * @return array<string, array{0: string, 1: string}>
 */
function aict_widgets_common_options() {
	return array(
		'src'          => array( 'src', 'url' ),
		'lang'         => array( 'lang', 'enum:fr|en' ),
		'headingLevel' => array( 'heading-level', 'level' ),
		'colorScheme'  => array( 'color-scheme', 'enum:light|dark|auto' ),
		'timeZone'     => array( 'time-zone', 'zone' ),
		'sessionHref'  => array( 'session-href', 'href-template' ),
	);
}

/**
 * The widgets: block name (after `aict/`) => element tag, fixed attributes, own options and
 * the shortcode that writes the same element.
 *
 * @return array<string, array{tag: string, fixed: array<string, string>, options: array<string, array{0: string, 1: string}>, shortcode: string, requires: string[]}>
 */
function aict_widgets_definitions() {
	return array(
		'session-card'        => array(
			'tag'       => 'aict-session',
			'fixed'     => array( 'variant' => 'card' ),
			'options'   => array(
				'sessionId' => array( 'session-id', 'id' ),
				'noSeo'     => array( 'no-seo', 'bool' ),
			),
			'shortcode' => 'aict_session',
			'requires'  => array( 'sessionId' ),
		),
		'session-full'        => array(
			'tag'       => 'aict-session',
			'fixed'     => array( 'variant' => 'full' ),
			'options'   => array(
				'sessionId'    => array( 'session-id', 'id' ),
				'noMap'        => array( 'no-map', 'bool' ),
				'noConcurrent' => array( 'no-concurrent', 'bool' ),
				'noSeo'        => array( 'no-seo', 'bool' ),
			),
			'shortcode' => 'aict_session',
			'requires'  => array( 'sessionId' ),
		),
		'programme'           => array(
			'tag'       => 'aict-programme',
			'fixed'     => array(),
			'options'   => array(
				'day'      => array( 'day', 'date' ),
				'view'     => array( 'view', 'enum:list|grid' ),
				'query'    => array( 'query', 'text' ),
				'theme'    => array( 'theme', 'id-list' ),
				'kind'     => array( 'kind', 'id-list' ),
				'room'     => array( 'room', 'id-list' ),
				'sdg'      => array( 'sdg', 'id-list' ),
				'syncHash' => array( 'sync-hash', 'bool' ),
			),
			'shortcode' => 'aict_programme',
			'requires'  => array(),
		),
		'room-map'            => array(
			'tag'       => 'aict-room-map',
			'fixed'     => array(),
			'options'   => array(
				'sessionId' => array( 'session-id', 'id' ),
				'roomId'    => array( 'room-id', 'id' ),
			),
			'shortcode' => 'aict_room_map',
			'requires'  => array(),
		),
		'concurrent-sessions' => array(
			'tag'       => 'aict-concurrent-sessions',
			'fixed'     => array(),
			'options'   => array(
				'sessionId' => array( 'session-id', 'id' ),
				'scope'     => array( 'scope', 'enum:block|overlap' ),
				'at'        => array( 'at', 'local-time' ),
			),
			'shortcode' => 'aict_concurrent_sessions',
			'requires'  => array(),
		),
	);
}

/**
 * Validates one option value; what does not pass becomes '' (the element's default).
 *
 * @param mixed  $value     Raw value (block attribute or shortcode attribute).
 * @param string $validator See aict_widgets_common_options().
 * @return string|bool
 */
function aict_widgets_validate_option( $value, $validator ) {
	if ( 'bool' === $validator ) {
		if ( is_string( $value ) ) {
			return in_array( strtolower( trim( $value ) ), array( '1', 'true', 'yes', 'on' ), true );
		}
		return true === $value || 1 === $value;
	}
	if ( ! is_scalar( $value ) ) {
		return '';
	}
	$value = trim( (string) $value );
	if ( '' === $value ) {
		return '';
	}
	if ( 0 === strpos( $validator, 'enum:' ) ) {
		return in_array( $value, explode( '|', substr( $validator, 5 ) ), true ) ? $value : '';
	}
	switch ( $validator ) {
		case 'url':
			return aict_widgets_sanitize_http_url( $value );
		case 'href-template':
			if ( preg_match( '#^(https?://|/)[^\s"\'<>`\\\\]*$#i', $value ) && 0 !== strpos( $value, '//' ) ) {
				return $value;
			}
			return '';
		case 'id':
			// Feed ids are free strings; only control characters and overlong values are refused.
			return ( strlen( $value ) <= 200 && ! preg_match( '/[\x00-\x1f\x7f]/', $value ) ) ? $value : '';
		case 'id-list':
			return ( strlen( $value ) <= 500 && ! preg_match( '/[\x00-\x1f\x7f]/', $value ) ) ? $value : '';
		case 'level':
			return preg_match( '/^[2-6]$/', $value ) ? $value : '';
		case 'date':
			return preg_match( '/^\d{4}-\d{2}-\d{2}$/', $value ) ? $value : '';
		case 'local-time':
			return preg_match( '/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/', $value ) ? $value : '';
		case 'zone':
			return preg_match( '#^(event|local|[A-Za-z]+(/[A-Za-z0-9_+\-]+){0,2}|UTC)$#', $value ) ? $value : '';
		case 'text':
			return sanitize_text_field( $value );
	}
	return '';
}

/**
 * All options of a widget: the common ones then its own.
 *
 * @param string $widget Key of aict_widgets_definitions().
 * @return array<string, array{0: string, 1: string}>
 */
function aict_widgets_widget_options( $widget ) {
	$definitions = aict_widgets_definitions();
	return array_merge( aict_widgets_common_options(), $definitions[ $widget ]['options'] );
}

/**
 * The widget's HTML: the element with its validated attributes and, inside it, the fallback
 * link (what visitors see without JavaScript, while the feed loads, or if it cannot be loaded).
 * Enqueues the widgets' script on the page.
 *
 * @param string               $widget   Key of aict_widgets_definitions().
 * @param array<string, mixed> $values   Option values by block attribute name.
 * @param string               $fallback_text Fallback link text ('' for a default).
 * @param string               $fallback_url  Fallback link URL ('' for text only).
 * @return string
 */
function aict_widgets_render( $widget, $values, $fallback_text = '', $fallback_url = '' ) {
	$definitions = aict_widgets_definitions();
	if ( ! isset( $definitions[ $widget ] ) ) {
		return '';
	}
	$definition = $definitions[ $widget ];
	$settings   = aict_widgets_settings();

	$attributes = array();
	foreach ( aict_widgets_widget_options( $widget ) as $name => $option ) {
		$value = aict_widgets_validate_option( isset( $values[ $name ] ) ? $values[ $name ] : '', $option[1] );
		if ( true === $value ) {
			$attributes[ $option[0] ] = true;
		} elseif ( is_string( $value ) && '' !== $value ) {
			$attributes[ $option[0] ] = $value;
		}
	}
	if ( empty( $attributes['src'] ) && '' !== $settings['feed_url'] ) {
		$attributes['src'] = $settings['feed_url'];
	}
	$attributes = array_merge( $attributes, $definition['fixed'] );

	$html = '<' . $definition['tag'];
	foreach ( $attributes as $name => $value ) {
		if ( true === $value ) {
			$html .= ' ' . $name;
		} elseif ( 'src' === $name ) {
			$html .= ' src="' . esc_url( $value, array( 'http', 'https' ) ) . '"';
		} else {
			$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
	}
	$html .= '>' . aict_widgets_fallback_html( $widget, $attributes, $fallback_text, $fallback_url ) . '</' . $definition['tag'] . '>';

	aict_widgets_enqueue_front();
	return $html;
}

/**
 * The fallback content: a link when a URL is known, else a short text.
 *
 * @param string                     $widget     Key of aict_widgets_definitions().
 * @param array<string, string|bool> $attributes The element's attributes.
 * @param string                     $text       Given text, or ''.
 * @param string                     $url        Given URL, or ''.
 * @return string
 */
function aict_widgets_fallback_html( $widget, $attributes, $text, $url ) {
	$text = is_string( $text ) ? trim( wp_strip_all_tags( $text ) ) : '';
	$url  = aict_widgets_sanitize_http_url( $url );
	if ( '' === $text ) {
		$session = isset( $attributes['session-id'] ) && is_string( $attributes['session-id'] ) ? $attributes['session-id'] : '';
		switch ( $widget ) {
			case 'programme':
				$text = __( 'Programme of the forum', 'aict-widgets' );
				break;
			case 'room-map':
				$text = __( 'Map of the venue', 'aict-widgets' );
				break;
			case 'concurrent-sessions':
				$text = __( 'Sessions at the same time', 'aict-widgets' );
				break;
			default:
				/* translators: %s: the session's id in the programme feed, e.g. atelier-1 */
				$text = '' !== $session ? sprintf( __( 'Session %s', 'aict-widgets' ), $session ) : __( 'Session of the forum', 'aict-widgets' );
		}
	}
	if ( '' === $url ) {
		return '<span>' . esc_html( $text ) . '</span>';
	}
	return '<a href="' . esc_url( $url ) . '">' . esc_html( $text ) . '</a>';
}
