<?php
/**
 * Five dynamic blocks (aict/session-card, aict/session-full, aict/programme, aict/room-map,
 * aict/concurrent-sessions): the post stores only the block comment with its attributes, and
 * the server writes the element on every view, so the markup never goes through KSES and an
 * Author (no unfiltered_html) can use them.
 *
 * @package AictWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Block attributes of a widget, from the options table (plus the fallback link's text and URL).
 *
 * @param string $widget Key of aict_widgets_definitions().
 * @return array<string, array<string, mixed>>
 */
function aict_widgets_block_attributes( $widget ) {
	$attributes = array();
	foreach ( aict_widgets_widget_options( $widget ) as $name => $option ) {
		$attributes[ $name ] = 'bool' === $option[1]
			? array(
				'type'    => 'boolean',
				'default' => false,
			)
			: array(
				'type'    => 'string',
				'default' => '',
			);
	}
	$attributes['fallbackText'] = array(
		'type'    => 'string',
		'default' => '',
	);
	$attributes['fallbackUrl']  = array(
		'type'    => 'string',
		'default' => '',
	);
	return $attributes;
}

/**
 * Registers the editor script and the blocks.
 */
function aict_widgets_register_blocks() {
	if ( ! function_exists( 'register_block_type' ) ) {
		return;
	}
	wp_register_script(
		'aict-widgets-editor',
		AICT_WIDGETS_URL . 'assets/editor.js',
		array( 'wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor', 'wp-i18n' ),
		AICT_WIDGETS_VERSION,
		true
	);
	wp_set_script_translations( 'aict-widgets-editor', 'aict-widgets', AICT_WIDGETS_DIR . 'languages' );

	$widgets = array();
	foreach ( aict_widgets_definitions() as $widget => $definition ) {
		$options = array();
		foreach ( aict_widgets_widget_options( $widget ) as $name => $option ) {
			$options[ $name ] = array(
				'attribute' => $option[0],
				'type'      => $option[1],
			);
		}
		$widgets[ $widget ] = array(
			'tag'      => $definition['tag'],
			'fixed'    => (object) $definition['fixed'],
			'options'  => $options,
			'requires' => $definition['requires'],
		);
		register_block_type(
			'aict/' . $widget,
			array(
				'api_version'     => 2,
				'editor_script'   => 'aict-widgets-editor',
				'attributes'      => aict_widgets_block_attributes( $widget ),
				'render_callback' => static function ( $attributes ) use ( $widget ) {
					return aict_widgets_render_block( $widget, $attributes );
				},
				'supports'        => array(
					'html'     => false,
					'align'    => array( 'wide', 'full' ),
					'anchor'   => true,
					'multiple' => true,
				),
			)
		);
	}
	$settings = aict_widgets_settings();
	wp_add_inline_script(
		'aict-widgets-editor',
		'window.aictWidgetsEditor = ' . wp_json_encode(
			array(
				'feedUrl'  => $settings['feed_url'],
				'widgets'  => $widgets,
				'settings' => current_user_can( 'manage_options' ) ? admin_url( 'options-general.php?page=aict-widgets' ) : '',
			),
			// Inside a <script>: no "</script>" or "<!--" can come out of a stored value.
			JSON_HEX_TAG | JSON_HEX_AMP
		) . ';',
		'before'
	);
}
add_action( 'init', 'aict_widgets_register_blocks', 20 );

/**
 * Render callback of every block.
 *
 * @param string               $widget     Key of aict_widgets_definitions().
 * @param array<string, mixed> $attributes Block attributes.
 * @return string
 */
function aict_widgets_render_block( $widget, $attributes ) {
	$attributes = is_array( $attributes ) ? $attributes : array();
	$text       = isset( $attributes['fallbackText'] ) && is_string( $attributes['fallbackText'] ) ? $attributes['fallbackText'] : '';
	$url        = isset( $attributes['fallbackUrl'] ) && is_string( $attributes['fallbackUrl'] ) ? $attributes['fallbackUrl'] : '';
	$element    = aict_widgets_render( $widget, $attributes, $text, $url );
	if ( '' === $element ) {
		return '';
	}
	$wrapper = function_exists( 'get_block_wrapper_attributes' )
		? get_block_wrapper_attributes( array( 'class' => 'aict-widgets-block' ) )
		: 'class="aict-widgets-block"';
	// get_block_wrapper_attributes() returns escaped attributes; the element is built escaped.
	return '<div ' . $wrapper . '>' . $element . '</div>';
}
