/**
 * Block editor side of the AICT Widgets blocks, in plain JavaScript over the `wp.*` globals (no
 * build step). The blocks are dynamic: the server renders them; here each block gets
 * - a searchable session picker (and a room list for the map) read from the programme feed,
 * - a live preview: the element itself, loaded in the editor by the plugin,
 * - the element's options in the sidebar.
 * Attribute definitions come from the server (includes/elements.php), passed as
 * `window.aictWidgetsEditor.widgets`.
 */
( function ( wp, config ) {
	'use strict';
	if ( ! wp || ! wp.blocks || ! config ) {
		return;
	}
	var el = wp.element.createElement;
	var Fragment = wp.element.Fragment;
	var useState = wp.element.useState;
	var useEffect = wp.element.useEffect;
	var __ = wp.i18n.__;
	var sprintf = wp.i18n.sprintf;
	var components = wp.components;
	var blockEditor = wp.blockEditor || wp.editor;
	var InspectorControls = blockEditor.InspectorControls;
	var useBlockProps = blockEditor.useBlockProps;

	/** One request per feed URL for the whole editor session. */
	var feeds = {};
	function loadFeed( url ) {
		if ( ! feeds[ url ] ) {
			feeds[ url ] = window
				.fetch( url, { credentials: 'omit', headers: { Accept: 'application/json' } } )
				.then( function ( response ) {
					if ( ! response.ok ) {
						throw new Error( 'HTTP ' + response.status );
					}
					return response.json();
				} )
				.then( function ( feed ) {
					if ( ! feed || typeof feed !== 'object' || ! Array.isArray( feed.sessions ) ) {
						throw new Error( 'not a programme feed' );
					}
					return feed;
				} );
			feeds[ url ].catch( function () {
				delete feeds[ url ];
			} );
		}
		return feeds[ url ];
	}

	/** A feed `Text` (string or { fr, en }) in the wanted language, else any. */
	function text( value, lang ) {
		if ( typeof value === 'string' ) {
			return value;
		}
		if ( ! value || typeof value !== 'object' ) {
			return '';
		}
		if ( typeof value[ lang ] === 'string' ) {
			return value[ lang ];
		}
		for ( var key in value ) {
			if ( typeof value[ key ] === 'string' ) {
				return value[ key ];
			}
		}
		return '';
	}

	function editorLang( attributes ) {
		if ( attributes.lang ) {
			return attributes.lang;
		}
		return /^fr/i.test( document.documentElement.lang || '' ) ? 'fr' : 'en';
	}

	function isHttpUrl( value ) {
		return typeof value === 'string' && /^https?:\/\//i.test( value );
	}

	/** What the picker shows for a session: "Atelier 1 — Title (room, time)". */
	function sessionLabel( session, lang ) {
		var label = text( session.label, lang );
		var title = text( session.title, lang );
		var main = label && title ? label + ' — ' + title : label || title || String( session.id );
		var start = typeof session.start === 'string' ? session.start.slice( 0, 16 ).replace( 'T', ' ' ) : '';
		return start ? main + ' (' + start + ')' : main;
	}

	/** The feed of a block: its own `src`, else the default of the settings page. */
	function useFeed( attributes ) {
		var url = attributes.src || config.feedUrl || '';
		var state = useState( { url: '', feed: null, error: '' } );
		var current = state[ 0 ];
		var set = state[ 1 ];
		useEffect(
			function () {
				if ( ! url ) {
					return undefined;
				}
				var live = true;
				loadFeed( url ).then(
					function ( feed ) {
						if ( live ) {
							set( { url: url, feed: feed, error: '' } );
						}
					},
					function ( error ) {
						if ( live ) {
							set( { url: url, feed: null, error: String( ( error && error.message ) || error ) } );
						}
					}
				);
				return function () {
					live = false;
				};
			},
			[ url ]
		);
		if ( ! url ) {
			return { url: '', feed: null, error: '', loading: false };
		}
		var settled = current.url === url;
		return {
			url: url,
			feed: settled ? current.feed : null,
			error: settled ? current.error : '',
			loading: ! settled,
		};
	}

	function feedNotice( feedState ) {
		if ( ! feedState.url ) {
			return el(
				components.Notice,
				{ status: 'warning', isDismissible: false },
				__( 'No programme feed: set the default feed URL in Settings → AICT Widgets, or give this block a feed URL.', 'aict-widgets' )
			);
		}
		if ( feedState.error ) {
			return el(
				components.Notice,
				{ status: 'error', isDismissible: false },
				sprintf(
					/* translators: 1: feed URL, 2: technical reason */
					__( 'The feed %1$s could not be read (%2$s). If it is on another site, it must allow this one with CORS (Access-Control-Allow-Origin).', 'aict-widgets' ),
					feedState.url,
					feedState.error
				)
			);
		}
		if ( feedState.loading ) {
			return el( 'p', null, el( components.Spinner ), ' ', __( 'Loading the programme…', 'aict-widgets' ) );
		}
		return null;
	}

	/** The searchable session picker. */
	function SessionPicker( props ) {
		var feedState = props.feedState;
		var attributes = props.attributes;
		var lang = editorLang( attributes );
		var sessions = feedState.feed ? feedState.feed.sessions : [];
		var options = sessions
			.filter( function ( session ) {
				return session && typeof session.id === 'string' && session.id;
			} )
			.map( function ( session ) {
				return { value: session.id, label: sessionLabel( session, lang ) };
			} );
		return el(
			'div',
			{ className: 'aict-widgets-picker' },
			feedNotice( feedState ),
			el( components.ComboboxControl, {
				label: __( 'Session', 'aict-widgets' ),
				help: __( 'Type a few letters of its label or title, e.g. “Atelier 1”.', 'aict-widgets' ),
				value: attributes.sessionId || null,
				options: options,
				onChange: function ( id ) {
					var session = sessions.filter( function ( s ) {
						return s && s.id === id;
					} )[ 0 ];
					var next = { sessionId: id || '' };
					if ( session ) {
						var label = text( session.label, lang );
						var title = text( session.title, lang );
						next.fallbackText = label && title ? label + ' — ' + title : label || title || id;
						next.fallbackUrl = isHttpUrl( session.url ) ? session.url : '';
					}
					props.setAttributes( next );
				},
			} )
		);
	}

	function RoomPicker( props ) {
		var feedState = props.feedState;
		var lang = editorLang( props.attributes );
		var rooms = feedState.feed && Array.isArray( feedState.feed.rooms ) ? feedState.feed.rooms : [];
		var options = [ { value: '', label: __( '— the session’s room —', 'aict-widgets' ) } ].concat(
			rooms
				.filter( function ( room ) {
					return room && typeof room.id === 'string';
				} )
				.map( function ( room ) {
					return { value: room.id, label: text( room.name, lang ) || room.id };
				} )
		);
		return el( components.SelectControl, {
			label: __( 'Room', 'aict-widgets' ),
			value: props.attributes.roomId,
			options: options,
			onChange: function ( value ) {
				props.setAttributes( { roomId: value } );
			},
		} );
	}

	/**
	 * The sidebar's controls, in the order they are shown: one row per block attribute.
	 * `control` is `select` (with `choices`), `toggle` or `text` (with `type`, `placeholder`,
	 * `help`). Built on demand so that the strings go through the loaded translations; the
	 * strings stay literal `__()` calls for the translation tools.
	 */
	function optionRows() {
		var byDefault = __( 'Default', 'aict-widgets' );
		return [
			{ name: 'lang', control: 'select', label: __( 'Language', 'aict-widgets' ), choices: [
				[ '', __( 'The page’s language', 'aict-widgets' ) ],
				[ 'fr', 'Français' ],
				[ 'en', 'English' ],
			] },
			{ name: 'headingLevel', control: 'select', label: __( 'Heading level', 'aict-widgets' ), choices: [
				[ '', byDefault + ' (h3)' ],
				[ '2', 'h2' ],
				[ '3', 'h3' ],
				[ '4', 'h4' ],
				[ '5', 'h5' ],
				[ '6', 'h6' ],
			] },
			{ name: 'colorScheme', control: 'select', label: __( 'Colour scheme', 'aict-widgets' ), choices: [
				[ '', byDefault ],
				[ 'light', __( 'Light', 'aict-widgets' ) ],
				[ 'dark', __( 'Dark', 'aict-widgets' ) ],
				[ 'auto', __( 'Follow the page and the visitor', 'aict-widgets' ) ],
			] },
			{ name: 'noMap', control: 'toggle', label: __( 'Hide the room map', 'aict-widgets' ) },
			{ name: 'noConcurrent', control: 'toggle', label: __( 'Hide the sessions at the same time', 'aict-widgets' ) },
			{ name: 'view', control: 'select', label: __( 'View', 'aict-widgets' ), choices: [
				[ '', __( 'List', 'aict-widgets' ) ],
				[ 'grid', __( 'Grid (rooms side by side)', 'aict-widgets' ) ],
			] },
			{ name: 'day', control: 'text', type: 'date', label: __( 'Day shown first', 'aict-widgets' ) },
			{ name: 'query', control: 'text', label: __( 'Search', 'aict-widgets' ) },
			{ name: 'theme', control: 'text', label: __( 'Themes (ids, comma-separated)', 'aict-widgets' ) },
			{ name: 'kind', control: 'text', label: __( 'Kinds (ids, comma-separated)', 'aict-widgets' ), placeholder: 'workshop,plenary' },
			{ name: 'room', control: 'text', label: __( 'Rooms (ids, comma-separated)', 'aict-widgets' ) },
			{ name: 'sdg', control: 'text', label: __( 'SDGs (numbers, comma-separated)', 'aict-widgets' ), placeholder: '13,17' },
			{ name: 'syncHash', control: 'toggle', label: __( 'Keep the filters in the page address', 'aict-widgets' ) },
			{ name: 'noSeo', control: 'toggle', label: __( 'No search-engine data (the page already describes the session)', 'aict-widgets' ) },
			{ name: 'scope', control: 'select', label: __( 'Which sessions', 'aict-widgets' ), choices: [
				[ '', __( 'The same programme block', 'aict-widgets' ) ],
				[ 'overlap', __( 'Running at the same time', 'aict-widgets' ) ],
			] },
			{ name: 'at', control: 'text', type: 'datetime-local', label: __( 'Or: everything running at (local event time)', 'aict-widgets' ) },
		];
	}

	/** The options every widget has, under « Advanced ». */
	function advancedRows() {
		return [
			{ name: 'src', control: 'text', type: 'url', label: __( 'Feed URL', 'aict-widgets' ),
				placeholder: config.feedUrl || 'https://…/programme.json',
				help: __( 'Empty: the default feed of the settings page.', 'aict-widgets' ) },
			{ name: 'timeZone', control: 'text', label: __( 'Time zone', 'aict-widgets' ), placeholder: 'event',
				help: __( '“event” (default), “local” (the visitor’s) or a name such as Europe/Paris.', 'aict-widgets' ) },
			{ name: 'sessionHref', control: 'text', label: __( 'Link to a session', 'aict-widgets' ), placeholder: '/forum/{id}',
				help: __( '{id} is replaced by the session id. Empty: the session’s own page in the feed.', 'aict-widgets' ) },
			{ name: 'fallbackText', control: 'text', label: __( 'Fallback link text', 'aict-widgets' ),
				help: __( 'Shown without JavaScript, while the programme loads, or if it cannot be loaded.', 'aict-widgets' ) },
			{ name: 'fallbackUrl', control: 'text', type: 'url', label: __( 'Fallback link URL', 'aict-widgets' ) },
		];
	}

	/** One control for one row of `optionRows()` / `advancedRows()`. */
	function control( row, attributes, setAttributes ) {
		var onChange = function ( value ) {
			var next = {};
			next[ row.name ] = value;
			setAttributes( next );
		};
		if ( row.control === 'toggle' ) {
			return el( components.ToggleControl, {
				label: row.label,
				checked: !! attributes[ row.name ],
				onChange: onChange,
			} );
		}
		if ( row.control === 'select' ) {
			return el( components.SelectControl, {
				label: row.label,
				value: attributes[ row.name ],
				options: row.choices.map( function ( pair ) {
					return { value: pair[ 0 ], label: pair[ 1 ] };
				} ),
				onChange: onChange,
			} );
		}
		return el( components.TextControl, {
			label: row.label,
			type: row.type,
			value: attributes[ row.name ],
			placeholder: row.placeholder,
			help: row.help,
			onChange: onChange,
		} );
	}

	/** Sidebar controls for the options a widget has (see includes/elements.php). */
	function optionControls( widget, attributes, setAttributes ) {
		return optionRows()
			.filter( function ( row ) {
				return widget.options[ row.name ];
			} )
			.map( function ( row ) {
				return control( row, attributes, setAttributes );
			} );
	}

	function advancedControls( attributes, setAttributes ) {
		return advancedRows().map( function ( row ) {
			return control( row, attributes, setAttributes );
		} );
	}

	/** The element as the server writes it, for the live preview. */
	function preview( widget, attributes, feedUrl ) {
		var props = {};
		Object.keys( widget.options ).forEach( function ( name ) {
			var option = widget.options[ name ];
			var value = attributes[ name ];
			if ( option.type === 'bool' ) {
				if ( value ) {
					props[ option.attribute ] = '';
				}
			} else if ( typeof value === 'string' && value !== '' ) {
				props[ option.attribute ] = value;
			}
		} );
		if ( ! props.src && feedUrl ) {
			props.src = feedUrl;
		}
		Object.keys( widget.fixed ).forEach( function ( name ) {
			props[ name ] = widget.fixed[ name ];
		} );
		// Clicks in the preview select the block rather than follow links.
		props.onClickCapture = function ( event ) {
			event.preventDefault();
		};
		var fallback = attributes.fallbackText || __( 'Loading the programme…', 'aict-widgets' );
		return el( widget.tag, props, el( 'span', null, fallback ) );
	}

	var titles = {
		'session-card': [ __( 'Session card (AICT)', 'aict-widgets' ), __( 'One session of the forum, compact.', 'aict-widgets' ), 'id' ],
		'session-full': [ __( 'Full session (AICT)', 'aict-widgets' ), __( 'One session with its description, room map and the sessions at the same time.', 'aict-widgets' ), 'media-document' ],
		programme: [ __( 'Programme (AICT)', 'aict-widgets' ), __( 'The whole programme of the forum, with filters and search.', 'aict-widgets' ), 'calendar-alt' ],
		'room-map': [ __( 'Room map (AICT)', 'aict-widgets' ), __( 'The venue’s floor plan with a room highlighted.', 'aict-widgets' ), 'location-alt' ],
		'concurrent-sessions': [ __( 'Sessions at the same time (AICT)', 'aict-widgets' ), __( 'The other sessions of the same programme block.', 'aict-widgets' ), 'list-view' ],
	};

	Object.keys( config.widgets ).forEach( function ( name ) {
		var widget = config.widgets[ name ];
		var meta = titles[ name ] || [ name, '', 'admin-generic' ];
		wp.blocks.registerBlockType( 'aict/' + name, {
			apiVersion: 2,
			title: meta[ 0 ],
			description: meta[ 1 ],
			icon: meta[ 2 ],
			category: 'widgets',
			keywords: [ 'aict', 'forum', 'programme', 'session', 'atelier' ],
			edit: function Edit( props ) {
				var attributes = props.attributes;
				var setAttributes = props.setAttributes;
				var feedState = useFeed( attributes );
				var blockProps = useBlockProps( { className: 'aict-widgets-block' } );
				var hasSession = !! widget.options.sessionId;
				var missing = widget.requires.some( function ( required ) {
					return ! attributes[ required ];
				} );
				var pickerProps = { attributes: attributes, setAttributes: setAttributes, feedState: feedState };
				var panels = [
					el(
						components.PanelBody,
						{ key: 'main', title: hasSession ? __( 'Session', 'aict-widgets' ) : __( 'Display', 'aict-widgets' ), initialOpen: true },
						hasSession ? el( SessionPicker, pickerProps ) : feedNotice( feedState ),
						widget.options.roomId ? el( RoomPicker, pickerProps ) : null
					),
					el(
						components.PanelBody,
						{ key: 'options', title: __( 'Options', 'aict-widgets' ), initialOpen: true },
						optionControls( widget, attributes, setAttributes )
					),
					el(
						components.PanelBody,
						{ key: 'advanced', title: __( 'Feed and links', 'aict-widgets' ), initialOpen: false },
						advancedControls( attributes, setAttributes )
					),
				];
				var body = missing
					? el(
							components.Placeholder,
							{
								icon: meta[ 2 ],
								label: meta[ 0 ],
								instructions: __( 'Choose the session to show.', 'aict-widgets' ),
							},
							el( SessionPicker, pickerProps )
					  )
					: feedState.url
					? preview( widget, attributes, feedState.url )
					: feedNotice( feedState );
				return el(
					Fragment,
					null,
					el( InspectorControls, null, panels ),
					el( 'div', blockProps, body )
				);
			},
			save: function () {
				return null;
			},
		} );
	} );
} )( window.wp, window.aictWidgetsEditor );
